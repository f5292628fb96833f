import { describe, expect, it } from 'vitest'
import { Attack } from './attack.ts'
import { attackSentence } from './brief/attack-sentences.ts'
import { factLabel, valuePhrase } from './brief/value-phrase.ts'
import { computeDisputes } from './disputes.ts'
import type { Measure } from './measure.ts'
import { renameEntity } from './rename-entity.ts'
import { russianDroneWave } from './seed/attacks.ts'

const [base] = russianDroneWave.claims
if (!base) throw new Error('seed attack has no claims')

/** The seed's drone wave with its claims replaced by `hit` counts, one claim each. */
const withHits = (...hits: Measure[]): Attack => ({
  ...russianDroneWave,
  claims: hits.map((value, i) => ({ ...base, id: `h${i}`, fact: 'hit', value })),
})

const missiles = (value: number, scope = 'ua-kyiv'): Measure => ({
  qualifier: 'exact',
  value,
  subject: 'missiles',
  scope,
})

describe('a hit count on an attack', () => {
  it('is a valid claim: how many weapons reached their targets', () => {
    expect(Attack.safeParse(withHits(missiles(2))).success).toBe(true)
  })

  it('reports "2 missiles hit" against "4 missiles hit" in Kyiv as a dispute', () => {
    const [dispute] = computeDisputes(withHits(missiles(2), missiles(4)))
    expect(dispute?.fact).toBe('hit')
    expect(dispute?.positions.map((p) => p.claims.map((c) => c.id))).toEqual([['h0'], ['h1']])
  })

  it('treats hits in Kyiv and hits in Kharkiv as different scopes, not a dispute', () => {
    expect(computeDisputes(withHits(missiles(2), missiles(4, 'ua-kharkiv')))).toEqual([])
  })

  it('is said as its count and what hit, and labelled as hits, not launches', () => {
    const [claim] = withHits(missiles(2)).claims
    expect(claim && valuePhrase(claim)).toBe('2 missiles in Kyiv')
    expect(factLabel('hit', 'ua-kyiv|missiles')).toBe('the number that hit their targets in Kyiv')
  })

  it('follows a place renamed in its scope', () => {
    const renamed = renameEntity(withHits(missiles(2)), {
      type: 'place',
      from: 'ua-kyiv',
      to: 'ua-kyiv-city',
    })
    expect(renamed.claims[0]).toMatchObject({ fact: 'hit', value: { scope: 'ua-kyiv-city' } })
  })
})

describe('a hit count in the brief', () => {
  it('says the count before "hit their targets"', () => {
    const text = attackSentence(withHits(missiles(2)), new Map())
      .parts.map((p) => p.text)
      .join('')
    expect(text).toContain('2 missiles in Kyiv hit their targets')
  })
})
