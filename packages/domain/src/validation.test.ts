import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { Actor } from './actor.ts'
import { Aid } from './aid.ts'
import { Attack } from './attack.ts'
import { Evidence } from './evidence.ts'
import { FuzzyDate } from './fuzzy-date.ts'
import { describeIssues } from './issues.ts'
import { Measure } from './measure.ts'
import { Money } from './money.ts'
import { Place } from './place.ts'
import { SitrepRecord } from './record.ts'
import { germanPatriotPledge } from './seed/aid.ts'
import { russianDroneWave } from './seed/attacks.ts'
import { istanbulTalksArticle } from './seed/source.ts'
import { statements } from './seed/statements.ts'
import { julyRound } from './seed/talks.ts'
import { Source } from './source.ts'
import { Statement } from './statement.ts'
import { Talk } from './talk.ts'

/** Parses, expects a refusal, and returns the message so a test can see the field named. */
const refusal = (schema: z.ZodType, input: unknown): string => {
  const result = schema.safeParse(input)
  expect(result.success, `expected ${JSON.stringify(input).slice(0, 120)} to be refused`).toBe(
    false,
  )
  return result.success ? '' : describeIssues(result.error)
}

const [firstStatement] = statements
const [firstClaim] = julyRound.claims
const evidence = {
  id: 'e1',
  sourceId: 'src-1',
  quote: 'said',
  assertedBy: { type: 'actor', actorId: 'zelensky' },
  attribution: 'named-official',
  verification: 'unverified',
}

describe('every schema refuses bad input and names the field', () => {
  it.each([
    ['a count with a wrong type', Measure, { qualifier: 'exact', value: '8' }, 'value'],
    ['a negative count', Measure, { qualifier: 'at-least', value: -1 }, 'value'],
    ['an absurd count', Measure, { qualifier: 'exact', value: 1e12 }, 'value'],
    ['a fractional count', Measure, { qualifier: 'exact', value: 1.5 }, 'value'],
    ['a range whose max is below its min', Measure, { qualifier: 'range', min: 5, max: 2 }, 'max'],
    ['an unknown qualifier', Measure, { qualifier: 'roughly', value: 3 }, 'qualifier'],
    [
      'an unknown field on a measure',
      Measure,
      { qualifier: 'exact', value: 3, colour: 'red' },
      'colour',
    ],
    [
      'an unknown currency',
      Money,
      { kind: 'amount', amount: 5, currency: 'XYZ', qualifier: 'exact', per: 'total' },
      'currency',
    ],
    [
      'a lower-case currency',
      Money,
      { kind: 'amount', amount: 5, currency: 'eur', qualifier: 'exact', per: 'total' },
      'currency',
    ],
    [
      'a negative amount',
      Money,
      { kind: 'amount', amount: -5, currency: 'EUR', qualifier: 'exact', per: 'total' },
      'amount',
    ],
    [
      'a date whose end is before its start',
      FuzzyDate,
      { resolved: true, start: '2025-07-24', end: '2025-07-23', precision: 'day', raw: 'x' },
      'end',
    ],
    [
      'an unknown precision',
      FuzzyDate,
      { resolved: true, start: '2025-07-24', end: '2025-07-24', precision: 'fortnight', raw: 'x' },
      'precision',
    ],
    [
      'a date that does not exist',
      FuzzyDate,
      { resolved: true, start: '2025-02-30', end: '2025-03-01', precision: 'day', raw: 'x' },
      'start',
    ],
    [
      'an unresolved date without a reason',
      FuzzyDate,
      { resolved: false, precision: 'day', raw: 'on Wednesday' },
      'reason',
    ],
    [
      'evidence whose span ends before it starts',
      Evidence,
      { ...evidence, span: { start: 9, end: 3 } },
      'span.end',
    ],
    [
      'evidence with an unknown attribution',
      Evidence,
      { ...evidence, attribution: 'rumour' },
      'attribution',
    ],
    ['evidence with no asserter', Evidence, { ...evidence, assertedBy: undefined }, 'assertedBy'],
    [
      'an actor role that ends before it starts',
      Actor,
      {
        id: 'x',
        kind: 'person',
        name: 'X',
        aliases: [],
        roles: [{ title: 'Minister', from: '2025-07-17', to: '2025-07-01' }],
      },
      'roles.0.to',
    ],
    [
      'a place with latitude out of range',
      Place,
      {
        id: 'x',
        name: 'X',
        aliases: [],
        kind: 'city',
        country: 'UA',
        coordinates: { lat: 95, lon: 30 },
      },
      'coordinates.lat',
    ],
    [
      'a source with a non-http url',
      Source,
      { ...istanbulTalksArticle, url: 'javascript:alert(1)' },
      'url',
    ],
    [
      'a source with a bad language tag',
      Source,
      { ...istanbulTalksArticle, language: 'English' },
      'language',
    ],
    ['a talk with one party', Talk, { ...julyRound, partyIds: ['ukraine'] }, 'partyIds'],
    ['a talk with round zero', Talk, { ...julyRound, round: 0 }, 'round'],
    ['a talk with no claims', Talk, { ...julyRound, claims: [] }, 'claims'],
    [
      'a talk with a claim of an attack fact',
      Talk,
      { ...julyRound, claims: [{ ...firstClaim, fact: 'killed' }] },
      'claims.0',
    ],
    ['aid at an unknown stage', Aid, { ...germanPatriotPledge, stage: 'promise' }, 'stage'],
    ['aid in an unknown category', Aid, { ...germanPatriotPledge, category: 'moral' }, 'category'],
    [
      'an attack with an unknown weapon type',
      Attack,
      { ...russianDroneWave, weapons: [{ type: 'laser' }] },
      'weapons.0.type',
    ],
    [
      'a statement that is neither quote nor paraphrase',
      Statement,
      { ...firstStatement, mode: 'rumour' },
      'mode',
    ],
    ['a record id with spaces', SitrepRecord, { ...julyRound, id: 'has spaces' }, 'id'],
    ['a record of an unknown kind', SitrepRecord, { ...julyRound, kind: 'battle' }, 'kind'],
  ])('refuses %s', (_name, schema, input, field) => {
    expect(refusal(schema, input)).toContain(field)
  })
})
