import { describe, expect, it } from 'vitest'
import { deriveFact, deriveFacts } from '../disputes.ts'
import type { Evidence } from '../evidence.ts'
import type { SitrepRecord } from '../record.ts'
import { seedDataset } from './index.ts'

const record = (id: string): SitrepRecord => {
  const found = seedDataset.records.find((r) => r.id === id)
  if (!found) throw new Error(`seed has no record ${id}`)
  return found
}
const claimsOf = (id: string, fact: string) => record(id).claims.filter((c) => c.fact === fact)
const JULY = 'talk-istanbul-2025-07'
const DRONE_WAVE = 'attack-ru-drones-ukraine-2025-07-21'
const OVER_RUSSIA = 'attack-ua-drones-russia-2025-07-21'
const who = (e: Evidence) => ({
  assertedBy: e.assertedBy.type === 'actor' ? e.assertedBy.actorId : e.assertedBy.description,
  citing: e.citing?.type === 'actor' ? e.citing.actorId : e.citing?.description,
  reportedBy: e.reportedBy?.type === 'actor' ? e.reportedBy.actorId : e.reportedBy?.description,
  attribution: e.attribution,
})

describe('case 1: the July round’s date is disputed', () => {
  const date = deriveFact(record(JULY), 'date')

  it('holds Wednesday from Zelensky citing Umerov against Thursday from TASS citing an unnamed source', () => {
    expect(date?.status).toBe('disputed')
    expect(date?.value).toBeUndefined()
    const sides = date?.positions.map((p) => ({
      date: 'resolved' in p.value && p.value.resolved ? p.value.start : undefined,
      who: p.claims.map(who),
    }))
    expect(sides).toEqual([
      {
        date: '2025-07-23',
        who: [
          {
            assertedBy: 'zelensky',
            citing: 'umerov',
            reportedBy: undefined,
            attribution: 'named-official',
          },
        ],
      },
      {
        date: '2025-07-24',
        who: [
          {
            assertedBy: 'an unnamed source',
            citing: undefined,
            reportedBy: 'tass',
            attribution: 'unnamed-source',
          },
        ],
      },
    ])
  })

  it('ranks the named official above the unnamed source', () => {
    const [first, second] = date?.positions ?? []
    expect(first?.strongestAttribution).toBeGreaterThan(
      second?.strongestAttribution ?? Number.POSITIVE_INFINITY,
    )
  })

  it('moves the status from announced to confirmed without calling it a dispute', () => {
    const status = deriveFact(record(JULY), 'status')
    expect(status?.status).toBe('corroborated')
    expect(status?.value).toEqual({ status: 'confirmed', asOf: '2025-07-21' })
    expect(claimsOf(JULY, 'status').map((c) => c.value)).toContainEqual({
      status: 'announced',
      asOf: '2025-07-21',
    })
  })
})

describe('case 2: agenda, outcomes and numbered, linked rounds', () => {
  it('keeps what is on the July agenda and what is explicitly not', () => {
    const agenda = claimsOf(JULY, 'agenda').flatMap((c) => (c.fact === 'agenda' ? [c.value] : []))
    expect(agenda.filter((a) => a.included).map((a) => a.topic)).toEqual(
      expect.arrayContaining([
        'Prisoner-of-war exchange',
        'Return of children abducted by Russia',
        'Preparing a meeting at the presidential level',
      ]),
    )
    expect(agenda.filter((a) => !a.included).map((a) => a.topic)).toEqual([
      'Detailed ceasefire talks',
    ])
  })

  it('numbers the Istanbul rounds 1, 2, 3 and links each to the one before', () => {
    const talks = seedDataset.records.flatMap((r) => (r.kind === 'talk' ? [r] : []))
    expect(talks.map((t) => [t.round, t.previousRoundId])).toEqual([
      [1, undefined],
      [2, 'talk-istanbul-2025-05'],
      [3, 'talk-istanbul-2025-06'],
    ])
  })

  it('records the earlier rounds’ agreements, the exchanged papers, and that ending the war was not discussed', () => {
    const outcomes = (id: string) =>
      claimsOf(id, 'outcome').flatMap((c) =>
        c.fact === 'outcome' ? [`${c.value.type}: ${c.value.text}`] : [],
      )
    for (const id of ['talk-istanbul-2025-05', 'talk-istanbul-2025-06']) {
      expect(outcomes(id)).toEqual(
        expect.arrayContaining([
          'agreement: A large prisoner exchange',
          'agreement: The return of fallen soldiers',
          'not-discussed: Steps towards ending the war',
        ]),
      )
    }
    expect(outcomes('talk-istanbul-2025-06')).toContain(
      'exchange-of-documents: Both sides exchanged their position papers',
    )
  })
})

describe('case 3: counts are measures with a scope', () => {
  it('treats the Kyiv and the nationwide casualty figures as different scopes, not a dispute', () => {
    const killed = deriveFacts(record(DRONE_WAVE)).filter((f) => f.fact === 'killed')
    expect(killed.map((f) => [f.key, f.status])).toEqual([
      ['ua-kyiv|*', 'single'],
      ['ua|*', 'single'],
    ])
    expect(killed[0]?.value).toMatchObject({ qualifier: 'at-least', value: 1, scope: 'ua-kyiv' })
    expect(killed[1]?.value).toMatchObject({ qualifier: 'exact', value: 2, scope: 'ua' })
  })

  it('keeps the injured counts for Kyiv (8) and the whole country (15)', () => {
    const injured = claimsOf(DRONE_WAVE, 'injured').map((c) => c.value)
    expect(injured).toEqual([
      expect.objectContaining({ qualifier: 'exact', value: 8, scope: 'ua-kyiv' }),
      expect.objectContaining({ qualifier: 'exact', value: 15, scope: 'ua' }),
    ])
  })
})

describe('case 4: money keeps the qualifier, the source’s conversion and a euro value', () => {
  it('keeps "over" €5 billion and the source’s own $5.84 billion', () => {
    const [money] = claimsOf('aid-ua-request-weapons-production-2025', 'money')
    expect(money?.value).toEqual({
      kind: 'amount',
      amount: 5_000_000_000,
      currency: 'EUR',
      qualifier: 'over',
      per: 'total',
      sourceConversion: { amount: 5_840_000_000, currency: 'USD' },
      eur: { amount: 5_000_000_000, rate: 1, rateDate: '2025-07-21' },
      raw: 'over €5 billion ($5.84 billion)',
    })
  })

  it('prices the Patriot systems at around €1 billion each, per unit', () => {
    const [money] = claimsOf('aid-de-pledge-patriots-2025-07', 'money')
    expect(money?.value).toMatchObject({ amount: 1_000_000_000, qualifier: 'about', per: 'unit' })
  })

  it('keeps Norway’s "considerable financial contribution" as a pledge of unknown amount', () => {
    const pledge = record('aid-no-de-pledge-air-defence-2025-07')
    expect(pledge).toMatchObject({ kind: 'aid', stage: 'pledge', donorIds: ['norway', 'germany'] })
    expect(claimsOf(pledge.id, 'money')[0]?.value).toEqual({
      kind: 'unspecified',
      description: 'a considerable financial contribution',
    })
  })
})

describe('case 5: aid moves from request to pledge, with donors, items and forum', () => {
  const aid = seedDataset.records.flatMap((r) => (r.kind === 'aid' ? [r] : []))

  it('holds Ukraine’s requests and the German and Norwegian pledges', () => {
    expect(aid.filter((a) => a.stage === 'request').map((a) => a.id)).toEqual([
      'aid-ua-request-weapons-production-2025',
      'aid-ua-request-funds-2026',
      'aid-ua-request-syrskyi-needs',
      'aid-ua-request-air-defence-2025-07-21',
    ])
    expect(aid.filter((a) => a.stage === 'pledge').map((a) => a.donorIds)).toEqual([
      ['norway', 'germany'],
      ['germany'],
    ])
  })

  it('puts the €5 billion request at the 29th Ramstein-format meeting of 50 countries led by Germany and the UK', () => {
    const request = record('aid-ua-request-weapons-production-2025')
    expect(request.kind === 'aid' && request.forum).toEqual({
      name: 'Ukraine Defense Contact Group (Ramstein format)',
      meetingNumber: 29,
      chairIds: ['germany', 'united-kingdom'],
    })
    expect(claimsOf(request.id, 'attendance')[0]?.value).toMatchObject({
      qualifier: 'exact',
      value: 50,
    })
  })

  it('asks for 2026 funds in advance, and lists the drones, interceptors and long-range weapons', () => {
    expect(claimsOf('aid-ua-request-funds-2026', 'period')[0]?.value).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
      precision: 'year',
    })
    const items = claimsOf('aid-ua-request-weapons-production-2025', 'item').map((c) =>
      c.fact === 'item' ? c.value.name : '',
    )
    expect(items).toEqual(['Remote-controlled drones', 'Interceptor drones', 'Long-range weapons'])
  })

  it('gives two Patriots from the Bundeswehr’s nine, to be replaced from the US, without calling the two sentences a dispute', () => {
    const item = deriveFact(
      record('aid-de-pledge-patriots-2025-07'),
      'item',
      'patriot air defence system',
    )
    // two sentences of one article are one origin: they agree, but do not corroborate each other
    expect(item?.status).toBe('single')
    expect(item?.positions).toHaveLength(1)
    expect(item?.positions[0]?.claims.map((c) => c.quote).join(' ')).toContain('nine remaining')
  })
})

describe('case 7: effects of the attacks', () => {
  it('closes four Moscow airports and Nizhny Novgorod’s for hours, on Rosaviatsiya’s word', () => {
    const closures = claimsOf(OVER_RUSSIA, 'effect').filter(
      (c) => c.fact === 'effect' && c.value.type === 'airport-closure',
    )
    expect(
      closures.map((c) => (c.fact === 'effect' ? [c.value.placeIds, c.value.duration?.raw] : [])),
    ).toEqual([
      [['ru-moscow'], 'for hours'],
      [['ru-nizhny-novgorod'], 'for hours'],
    ])
    expect(
      closures.every(
        (c) => c.assertedBy.type === 'actor' && c.assertedBy.actorId === 'rosaviatsiya',
      ),
    ).toBe(true)
  })

  it('keeps the mayor’s "largest attack since the war began" for Ivano-Frankivsk', () => {
    const assessment = claimsOf(DRONE_WAVE, 'effect').find(
      (c) => c.fact === 'effect' && c.value.type === 'assessment',
    )
    expect(assessment).toMatchObject({
      assertedBy: { type: 'actor', actorId: 'martsinkiv' },
      value: { placeIds: ['ua-ivano-frankivsk'] },
    })
  })
})

describe('case 10: relative time is resolved against the publication date, with a precision', () => {
  const dated = seedDataset.records.flatMap((r) =>
    r.claims.flatMap((c) => (c.fact === 'date' || c.fact === 'period' ? [c.value] : [])),
  )

  it('resolves "overnight into Monday" as the night of 20–21 July 2025', () => {
    expect(claimsOf(DRONE_WAVE, 'date')[0]?.value).toEqual({
      resolved: true,
      start: '2025-07-20',
      end: '2025-07-21',
      precision: 'night',
      raw: 'overnight into Monday',
      anchor: '2025-07-21',
    })
  })

  it('resolves "In May" to the month and "this year" to 2025', () => {
    expect(claimsOf('talk-istanbul-2025-05', 'date')[0]?.value).toMatchObject({
      start: '2025-05-01',
      end: '2025-05-31',
      precision: 'month',
    })
    expect(claimsOf('aid-ua-request-weapons-production-2025', 'period')[0]?.value).toMatchObject({
      start: '2025-01-01',
      precision: 'year',
    })
  })

  it('anchors every resolved phrase to the publication day and keeps every raw phrase', () => {
    for (const d of dated) {
      expect(d.raw.length).toBeGreaterThan(0)
      if (d.resolved) expect(d.anchor).toBe('2025-07-21')
    }
  })

  it('leaves statements the article does not date unresolved, with a reason, never guessed', () => {
    const undated = dated.filter((d) => !d.resolved)
    expect(undated.length).toBeGreaterThan(0)
    for (const d of undated) expect(d.resolved ? '' : d.reason).toMatch(/does not say/)
  })
})
