import {
  type Actor,
  actors,
  computeDisputes,
  Draft,
  places,
  type SitrepRecord,
} from '@sitrep/domain'
import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const drafts = extract(istanbulTalksArticleText, {
  publishedAt: '2025-07-21',
  source: { id: 'src-istanbul-talks-2025-07-21' },
})
const records = drafts.map((d) => d.record)
const ofKind = <K extends SitrepRecord['kind']>(kind: K) =>
  records.filter((r): r is Extract<SitrepRecord, { kind: K }> => r.kind === kind)
const claimsOf = (r: SitrepRecord, fact: string) => r.claims.filter((c) => c.fact === fact)
const thirdRound = ofKind('talk').find((t) => t.round === 3)
const droneWave = ofKind('attack').find((a) => a.attackerId === 'russia')
const overRussia = ofKind('attack').find((a) => a.attackerId === 'ukraine')

describe('extract on the seed article', () => {
  it('proposes only valid drafts whose evidence spans quote the text exactly', () => {
    for (const d of drafts) {
      expect(Draft.safeParse(d).success).toBe(true)
      for (const c of d.record.claims)
        expect(istanbulTalksArticleText.slice(c.span?.start, c.span?.end)).toBe(c.quote)
    }
  })

  it('puts Wednesday (Zelensky) and Thursday (TASS source) on one talk, which the domain reports as disputed', () => {
    expect(thirdRound).toBeDefined()
    if (!thirdRound) return
    const dates = claimsOf(thirdRound, 'date')
    expect(dates.map((c) => [c.value, c.assertedBy, c.attribution])).toEqual([
      [
        expect.objectContaining({ start: '2025-07-23', precision: 'day' }),
        { type: 'actor', actorId: 'zelensky' },
        'named-official',
      ],
      [
        expect.objectContaining({ start: '2025-07-24', precision: 'day' }),
        { type: 'unnamed', description: 'an unnamed source' },
        'unnamed-source',
      ],
    ])
    expect(dates[0]?.citing).toEqual({ type: 'actor', actorId: 'umerov' })
    expect(dates[1]?.reportedBy).toEqual({ type: 'actor', actorId: 'tass' })
    expect(computeDisputes(thirdRound).map((f) => f.fact)).toEqual(['date'])
    expect(thirdRound.delegations).toEqual([
      { partyId: 'ukraine', headId: 'umerov' },
      { partyId: 'russia' },
    ])
  })

  it('keeps the Kyiv and the nationwide casualty figures as separate scopes, not a dispute', () => {
    expect(droneWave).toBeDefined()
    if (!droneWave) return
    const values = [...claimsOf(droneWave, 'killed'), ...claimsOf(droneWave, 'injured')].map(
      (c) => [c.fact, c.value],
    )
    expect(values).toEqual([
      ['killed', expect.objectContaining({ qualifier: 'at-least', value: 1, scope: 'ua-kyiv' })],
      ['killed', expect.objectContaining({ qualifier: 'exact', value: 2, scope: 'ua' })],
      ['injured', expect.objectContaining({ qualifier: 'exact', value: 8, scope: 'ua-kyiv' })],
      ['injured', expect.objectContaining({ qualifier: 'exact', value: 15, scope: 'ua' })],
    ])
    expect(computeDisputes(droneWave)).toEqual([])
  })

  it('reads the €5 billion request with "over", the source’s $5.84 billion and the euro value', () => {
    const request = ofKind('aid').find(
      (a) => claimsOf(a, 'money').length > 0 && a.stage === 'request',
    )
    expect(request?.recipientId).toBe('ukraine')
    expect(request && claimsOf(request, 'money')[0]).toMatchObject({
      assertedBy: { type: 'unnamed', description: 'Officials in Kiev', affiliationId: 'ukraine' },
      value: {
        kind: 'amount',
        amount: 5_000_000_000,
        currency: 'EUR',
        qualifier: 'over',
        sourceConversion: { amount: 5_840_000_000, currency: 'USD' },
        eur: { amount: 5_000_000_000, rate: 1, rateDate: '2025-07-21' },
      },
    })
  })

  it('keeps the 74 drones as an unverified claim by Russia’s Ministry of Defence', () => {
    const [claim] = overRussia ? claimsOf(overRussia, 'intercepted') : []
    expect(overRussia).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
    expect(claim).toMatchObject({
      value: { qualifier: 'exact', value: 74, scope: 'ru', subject: 'drones' },
      assertedBy: { type: 'actor', actorId: 'ru-mod' },
      attribution: 'official-body',
      verification: 'unverified',
    })
  })

  it('reads the airport closures in Moscow and Nizhny Novgorod as effects asserted by Rosaviatsiya', () => {
    const closures = overRussia ? claimsOf(overRussia, 'effect') : []
    expect(closures.map((c) => [c.value, c.assertedBy])).toEqual([
      [
        expect.objectContaining({
          type: 'airport-closure',
          placeIds: ['ru-moscow'],
          duration: { raw: 'for hours' },
        }),
        { type: 'actor', actorId: 'rosaviatsiya' },
      ],
      [
        expect.objectContaining({ type: 'airport-closure', placeIds: ['ru-nizhny-novgorod'] }),
        { type: 'actor', actorId: 'rosaviatsiya' },
      ],
    ])
  })

  it('attributes a statement to the speaker, not to the agency that carried it', () => {
    const funds2026 = ofKind('statement').find((s) => s.text.includes('2026'))
    expect(funds2026?.speaker).toEqual({ type: 'actor', actorId: 'shmyhal' })
    expect(funds2026?.claims[0]?.reportedBy).toEqual({ type: 'actor', actorId: 'interfax-ukraine' })
  })
})

describe('extract without a publication date', () => {
  it('leaves relative dates unresolved and says why', () => {
    const [talk] = extract(istanbulTalksArticleText, { source: { id: 's' } }).filter(
      (d) => d.record.kind === 'talk' && d.record.round === 3,
    )
    const date = talk?.record.claims.find((c) => c.fact === 'date')
    expect(date?.value).toMatchObject({ resolved: false, raw: 'on Wednesday' })
  })
})

describe('extract on unknown names', () => {
  it('flags a place the gazetteer does not hold and keeps it on the attack', () => {
    const [attack] = extract(
      'Russian drones struck the village of Kupiansk-Vuzlovyi overnight, killing two people, local officials said.',
      { publishedAt: '2025-10-01', source: { id: 's' } },
    )
    expect(attack?.record.kind === 'attack' && attack.record.placeIds).toEqual([
      'new-kupiansk-vuzlovyi',
    ])
    expect(attack?.newNames.map((n) => [n.type, n.name])).toEqual([['place', 'Kupiansk-Vuzlovyi']])
  })

  it('flags a donor the actor dictionary does not hold', () => {
    const [pledge] = extract(
      'Greece will send Ukraine 18 F-16 fighter jets, the defence minister said.',
      {
        publishedAt: '2025-02-14',
        source: { id: 's' },
      },
    )
    expect(pledge?.record.kind === 'aid' && pledge.record.donorIds).toEqual(['new-greece'])
    expect(pledge?.newNames.map((n) => n.name)).toContain('Greece')
  })

  it('flags a speaker the dictionary does not hold, and keeps the claim', () => {
    const text =
      'Three people were killed when Russian missiles hit Odesa on Sunday, regional governor Oleh Kiper said.'
    const [attack] = extract(text, { publishedAt: '2025-08-04', source: { id: 's' } })
    expect(attack?.record.claims[0]?.assertedBy).toEqual({
      type: 'actor',
      actorId: 'new-oleh-kiper',
    })
    const [flag] = attack?.newNames ?? []
    expect(flag).toMatchObject({ type: 'actor', name: 'Oleh Kiper', proposedId: 'new-oleh-kiper' })
    expect(text.slice(flag?.span.start, flag?.span.end)).toBe('Oleh Kiper')
  })

  it('resolves a speaker an editor added to the store’s dictionary, and flags nothing new', () => {
    const text =
      'Three people were killed when Russian missiles hit Odesa on Sunday, regional governor Oleh Kiper said.'
    const kiper: Actor = {
      id: 'new-oleh-kiper',
      kind: 'person',
      name: 'Oleh Kiper',
      aliases: [],
      roles: [],
    }
    const [attack] = extract(text, {
      publishedAt: '2025-08-04',
      source: { id: 's' },
      dictionaries: { actors: [...actors, kiper], places },
    })
    expect(attack?.record.claims[0]?.assertedBy).toEqual({ type: 'actor', actorId: kiper.id })
    expect(attack?.newNames).toEqual([])
  })

  it('reads the seed the same with the shipped dictionaries passed as lists', () => {
    const given = extract(istanbulTalksArticleText, {
      publishedAt: '2025-07-21',
      source: { id: 'src-istanbul-talks-2025-07-21' },
      dictionaries: { actors, places },
    })
    expect(given).toEqual(drafts)
  })
})

describe('extract on a report of one event', () => {
  it('links every statement of the article to the one record it reports', () => {
    const found = extract(
      'Russian missiles hit a power plant in Kharkiv on Monday, regional officials said. "We will restore the power," Ihor Terekhov said.',
      { publishedAt: '2025-03-03', source: { id: 's' } },
    ).map((d) => d.record)
    const [attack] = found.filter((r) => r.kind === 'attack')
    const said = found.filter((r) => r.kind === 'statement')
    expect(said.length).toBe(2)
    for (const s of said) expect(s.kind === 'statement' && s.aboutIds).toEqual([attack?.id])
  })
})
