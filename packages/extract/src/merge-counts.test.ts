import type { Attack, Measure } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { launchSignals, tollSignal } from './merge-counts.ts'

const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
const dateClaim = wave?.claims.find((c) => c.fact === 'date')
/** The seed's attack with launch counts only, so the test varies just the counts. */
const launched = (...values: Measure[]): Attack | undefined =>
  wave &&
  dateClaim && {
    ...wave,
    claims: values.map((value, i) => ({ ...dateClaim, id: `c${i}`, fact: 'launched', value })),
  }
const drones = (value: number, qualifier: 'exact' | 'over' | 'under' = 'exact'): Measure => ({
  qualifier,
  value,
  subject: 'drones',
})

describe('launchSignals', () => {
  const cases: { name: string; a?: Attack; b?: Attack; weights: number[]; reason?: string }[] = [
    {
      name: 'the same large count names the night',
      a: launched(drones(426)),
      b: launched(drones(426)),
      weights: [0.35],
      reason: '426 drones in both',
    },
    {
      name: 'a rounded count is close',
      a: launched(drones(300, 'over')),
      b: launched(drones(309)),
      weights: [0.25],
    },
    {
      name: 'a bound fits only a figure near it: "almost 600" is not 68',
      a: launched(drones(600, 'under')),
      b: launched({ ...drones(68), scope: 'ua' }),
      weights: [],
    },
    {
      name: 'a small count a bound fits ("at least two" and 2) is common to many nights',
      a: launched({ qualifier: 'at-least', value: 2, subject: 'missiles' }),
      b: launched({ qualifier: 'exact', value: 2, subject: 'missiles' }),
      weights: [0.1],
    },
    {
      name: 'a bound fits a figure a little past the rounding',
      a: launched(drones(300, 'over')),
      b: launched(drones(350)),
      weights: [0.2],
    },
    {
      name: 'a count far off in one stated scope says another night',
      a: launched({ ...drones(728), scope: 'ua' }),
      b: launched({ ...drones(42), scope: 'ua' }),
      weights: [-0.3],
    },
    {
      name: 'one city’s share close to a whole wave’s count is a coincidence, not noise',
      a: launched({ ...drones(175), scope: 'ua-kyiv' }),
      b: launched(drones(183)),
      weights: [],
    },
    {
      name: 'a count far off with no scope may be one city’s share',
      a: launched(drones(728)),
      b: launched(drones(42)),
      weights: [],
    },
    {
      name: 'each weapon’s agreeing count is its own evidence',
      a: launched(drones(426), { qualifier: 'exact', value: 24, subject: 'missiles' }),
      b: launched(drones(426), { qualifier: 'exact', value: 24, subject: 'missiles' }),
      weights: [0.35, 0.35],
    },
    {
      name: 'Kyiv’s count and the country’s are not compared unless equal',
      a: launched({ ...drones(175), scope: 'ua-kyiv' }),
      b: launched({ ...drones(440), scope: 'ua' }),
      weights: [],
    },
    {
      name: 'a total of weapons is the drones and missiles another counts',
      a: launched({ qualifier: 'exact', value: 537, subject: 'weapons', scope: 'ua' }),
      b: launched(
        { qualifier: 'exact', value: 477, subject: 'drones', scope: 'ua' },
        { qualifier: 'exact', value: 60, subject: 'missiles', scope: 'ua' },
      ),
      weights: [0.35],
      reason: '537 weapons and 477 drones + 60 missiles: 537 in both',
    },
    {
      name: 'a total the matcher added up never counts against',
      a: launched({ qualifier: 'exact', value: 300, subject: 'weapons', scope: 'ua' }),
      b: launched(
        { qualifier: 'exact', value: 477, subject: 'drones', scope: 'ua' },
        { qualifier: 'exact', value: 60, subject: 'missiles', scope: 'ua' },
      ),
      weights: [],
    },
    {
      name: 'two large counts a tenth apart are one night counted differently, weakly',
      a: launched(drones(450)),
      b: launched(drones(426)),
      weights: [0.1],
      reason: '450 and 426: within reporting noise',
    },
    {
      name: 'small counts a tenth apart say nothing',
      a: launched(drones(21)),
      b: launched(drones(20)),
      weights: [],
    },
  ]
  it.each(cases)('$name', ({ a, b, weights, reason }) => {
    const signals = a && b ? launchSignals(a, b) : []
    expect(signals.map((s) => s.weight)).toEqual(weights)
    if (reason) expect(signals[0]?.reason).toBe(reason)
  })
})

/** The seed's attack with tolls only: killed and injured as stated. */
const tolls = (killed?: Measure, injured?: Measure): Attack | undefined =>
  wave &&
  dateClaim && {
    ...wave,
    claims: [
      ...(killed ? [{ ...dateClaim, id: 'k', fact: 'killed' as const, value: killed }] : []),
      ...(injured ? [{ ...dateClaim, id: 'i', fact: 'injured' as const, value: injured }] : []),
    ],
  }
const toll = (value: number, qualifier: Measure['qualifier'] = 'exact'): Measure =>
  qualifier === 'range' ? { qualifier, min: value, max: value } : { qualifier, value }

describe('tollSignal', () => {
  const cases: { name: string; a?: Attack; b?: Attack; weight?: number; reason?: string }[] = [
    { name: 'an equal toll', a: tolls(toll(3)), b: tolls(toll(3)), weight: 0.1 },
    {
      name: 'heavy tolls that agree and are close, as the rubble is searched',
      a: tolls(toll(18, 'at-least'), toll(159)),
      b: tolls(toll(16, 'at-least'), toll(150, 'over')),
      weight: 0.15,
      reason: '18 and 16 killed, 159 and 150 injured in both',
    },
    { name: 'small tolls that differ say nothing', a: tolls(toll(3)), b: tolls(toll(2)) },
    { name: 'heavy tolls far apart say nothing', a: tolls(toll(23)), b: tolls(toll(12)) },
    {
      name: 'a heavy lower bound leaves room for a larger toll told later: weakly',
      a: tolls(toll(15, 'at-least')),
      b: tolls(toll(28)),
      weight: 0.05,
      reason: '15 and 28 killed (a toll that grew) in both',
    },
    {
      name: 'heavy exact tolls that differ are two counts, not one',
      a: tolls(toll(18)),
      b: tolls(toll(17)),
    },
  ]
  it.each(cases)('$name', ({ a, b, weight, reason }) => {
    const s = a && b ? tollSignal(a, b) : undefined
    expect(s?.weight).toBe(weight)
    if (reason) expect(s?.reason).toBe(reason)
  })
})

describe('launchSignals: designations', () => {
  it('a number written onto a designation ("Kh-59") is not a count', () => {
    const read = (quote: string, value: Measure): Attack | undefined =>
      wave &&
      dateClaim && { ...wave, claims: [{ ...dateClaim, id: 'c0', fact: 'launched', value, quote }] }
    const misread = read('Russia fired two Kh-59 cruise missiles overnight.', {
      qualifier: 'exact',
      value: 59,
      subject: 'missiles',
      scope: 'ua',
      raw: '59 cruise missiles',
    })
    const stated = read('Russia fired 59 cruise missiles overnight.', {
      qualifier: 'exact',
      value: 59,
      subject: 'missiles',
      scope: 'ua',
      raw: '59 cruise missiles',
    })
    const other = launched({ qualifier: 'exact', value: 6, subject: 'missiles', scope: 'ua' })
    expect(misread && other ? launchSignals(misread, other) : undefined).toEqual([])
    expect(stated && other ? launchSignals(stated, other).map((s) => s.weight) : []).toEqual([-0.3])
  })
})

describe('launchSignals: what was shot down', () => {
  const shotDown = (...values: Measure[]): Attack | undefined =>
    wave &&
    dateClaim && {
      ...wave,
      claims: values.map((value, i) => ({ ...dateClaim, id: `c${i}`, fact: 'intercepted', value })),
    }
  const missiles = (value: number): Measure => ({ qualifier: 'exact', value, subject: 'missiles' })
  it('the same tally of drones and missiles shot down counts, apart from launches', () => {
    const a = shotDown(drones(8), missiles(3))
    const b = shotDown(drones(8), missiles(3))
    const signals = a && b ? launchSignals(a, b, 'intercepted') : []
    expect(signals.map((s) => s.reason)).toEqual([
      '8 drones shot down in both',
      '3 missiles shot down in both',
    ])
    expect(a && b ? launchSignals(a, b) : undefined).toEqual([])
  })
  it('a tally far from the other’s never counts against: Kyiv’s 40 may be part of 89', () => {
    const a = shotDown({ ...drones(40), scope: 'ua-kyiv' })
    const b = shotDown({ ...drones(89), scope: 'ua-kyiv' })
    expect(a && b ? launchSignals(a, b, 'intercepted') : undefined).toEqual([])
  })
})

describe('launchSignals: counts a dataset files under the model', () => {
  it('the Air Force’s 426 Shahed-136/131 are a report’s 426 drones', () => {
    const report = launched(drones(426))
    const dataset = launched(
      { qualifier: 'exact', value: 400, subject: 'Shahed-136/131 (line 3)', scope: 'ua' },
      { qualifier: 'exact', value: 26, subject: 'Shahed-136/131 (line 4)', scope: 'ua' },
      { qualifier: 'exact', value: 14, subject: 'X-101/X-555', scope: 'ua' },
    )
    const night = dataset && {
      ...dataset,
      weapons: [
        { type: 'drone' as const, model: 'Shahed-136/131' },
        { type: 'missile' as const, model: 'X-101/X-555' },
      ],
    }
    const reasons = report && night ? launchSignals(report, night).map((s) => s.reason) : []
    expect(reasons).toEqual(['426 drones and 400 + 26 drones: 426 in both'])
  })
  it('a model the record does not list keeps its own name', () => {
    const a = launched(drones(14))
    const b = launched({ qualifier: 'exact', value: 14, subject: 'X-101/X-555' })
    expect(a && b ? launchSignals(a, b) : undefined).toEqual([])
  })
})
