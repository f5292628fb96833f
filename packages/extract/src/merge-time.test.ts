import type { Attack, FuzzyDate, Talk } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { timeSignal } from './merge-time.ts'

const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
const dateClaim = wave?.claims.find((c) => c.fact === 'date')
/** The seed's attack record with one date only, so the test varies just the date. */
const dated = (value: FuzzyDate): Attack | undefined =>
  wave && dateClaim && { ...wave, claims: [{ ...dateClaim, value }] }
const night = (start: string, end: string) =>
  dated({ resolved: true, start, end, precision: 'night', raw: 'overnight' })
const day = (d: string) =>
  dated({ resolved: true, start: d, end: d, precision: 'day', raw: 'on Monday' })
/** A date with the sentence it was read from, for the words around it. */
const quoted = (value: FuzzyDate, quote: string): Attack | undefined =>
  wave && dateClaim && { ...wave, claims: [{ ...dateClaim, value, quote }] }
const earlyHours = (d: string) =>
  quoted(
    { resolved: true, start: d, end: d, precision: 'part-of-day', raw: d },
    `In the early hours of ${d}, Russia struck Kyiv.`,
  )
const lateOn = (d: string) =>
  quoted(
    { resolved: true, start: d, end: d, precision: 'part-of-day', raw: d },
    `Russia struck Kyiv late on ${d}.`,
  )
const nightOf = (d: string, next: string, anchor: string) =>
  dated({
    resolved: true,
    start: d,
    end: next,
    precision: 'night',
    raw: `on the night of ${d.slice(8)} August`,
    anchor,
  })

describe('timeSignal', () => {
  const cases: { name: string; a?: Attack; b?: Attack; expected: number | 'veto' }[] = [
    {
      name: 'the same night',
      a: night('2025-07-20', '2025-07-21'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.35,
    },
    {
      name: 'attacks a day apart are two, unlike talks',
      a: day('2025-07-21'),
      b: day('2025-07-22'),
      expected: 'veto',
    },
    {
      name: 'two nights sharing a calendar day',
      a: night('2025-07-20', '2025-07-21'),
      b: night('2025-07-21', '2025-07-22'),
      expected: 'veto',
    },
    {
      name: 'the morning that ended the night',
      a: day('2025-07-21'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.3,
    },
    {
      name: 'the evening that began the night',
      a: day('2025-07-20'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.1,
    },
    {
      name: 'the early hours of the day the night ended',
      a: earlyHours('2025-07-21'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.35,
    },
    {
      name: 'the early hours before the night began',
      a: earlyHours('2025-07-20'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 'veto',
    },
    {
      name: 'late on the day the night began',
      a: lateOn('2025-07-20'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.3,
    },
    {
      name: 'late on the day after the night ended',
      a: lateOn('2025-07-21'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 'veto',
    },
    {
      name: '"the night of" a day, written the day after: the night into it, uncertain',
      a: nightOf('2025-08-28', '2025-08-29', '2025-08-29'),
      b: night('2025-08-27', '2025-08-28'),
      expected: 0.25,
    },
    {
      name: '"the night of" a day, written that day: only the night into it',
      a: nightOf('2025-07-31', '2025-08-01', '2025-07-31'),
      b: night('2025-07-31', '2025-08-01'),
      expected: 'veto',
    },
    { name: 'the same day', a: day('2025-07-23'), b: day('2025-07-23'), expected: 0.3 },
    { name: 'different days', a: day('2025-07-23'), b: day('2025-07-24'), expected: 'veto' },
  ]
  it.each(cases)('$name', ({ a, b, expected }) => {
    const s = a && b ? timeSignal(a, b) : undefined
    expect(s === 'veto' ? s : s?.weight).toBe(expected)
  })
})

const round = seedDataset.records.find((r): r is Talk => r.kind === 'talk')
const talkDate = round?.claims.find((c) => c.fact === 'date')
const talkStatus = round?.claims.find((c) => c.fact === 'status')
/** The seed's talk as one source told it: the days it names and the day it wrote. */
const talk = (days: string[], wrote?: string): Talk | undefined =>
  round &&
  talkDate &&
  talkStatus && {
    ...round,
    claims: [
      ...days.map((d, i) => ({
        ...talkDate,
        id: `d${i}`,
        sourceId: 'src-one',
        value: { resolved: true as const, start: d, end: d, precision: 'day' as const, raw: d },
      })),
      ...(wrote
        ? [
            {
              ...talkStatus,
              sourceId: 'src-one',
              value: { status: 'held' as const, asOf: wrote },
            },
          ]
        : []),
    ],
  }

describe('timeSignal: talks', () => {
  const cases: { name: string; a?: Talk; b?: Talk; expected: number | 'veto' | undefined }[] = [
    {
      name: 'an earlier session a report compares with is not the round it reports',
      a: talk(['2025-05-16']),
      b: talk(['2025-06-02', '2025-05-16'], '2025-06-02'),
      expected: 'veto',
    },
    {
      name: 'the next round a report announces is not the one it reports',
      a: talk(['2025-06-20']),
      b: talk(['2025-06-02', '2025-06-20'], '2025-06-02'),
      expected: 'veto',
    },
    {
      name: 'an undated report of a round held, written the day after it',
      a: talk([], '2025-05-17'),
      b: talk(['2025-05-16']),
      expected: 0.15,
    },
    {
      name: 'a round dated a day apart by two outlets ("on Tuesday" of Monday) may be one',
      a: talk(['2025-06-03']),
      b: talk(['2025-06-02']),
      expected: 0.05,
    },
    {
      name: 'rounds two days apart are two',
      a: talk(['2025-06-04']),
      b: talk(['2025-06-02']),
      expected: 'veto',
    },
    {
      name: 'an undated report written weeks later says nothing of the round',
      a: talk([], '2025-06-02'),
      b: talk(['2025-05-16']),
      expected: undefined,
    },
  ]
  it.each(cases)('$name', ({ a, b, expected }) => {
    const s = a && b ? timeSignal(a, b) : undefined
    expect(s === 'veto' ? s : s?.weight).toBe(expected)
  })
})

describe('timeSignal: an undated draft by the day its article appeared', () => {
  const undated = wave && { ...wave, claims: wave.claims.filter((c) => c.fact !== 'date') }
  const cases: { name: string; published?: string; expected?: number }[] = [
    { name: 'published the morning the night ended', published: '2025-07-21', expected: 0.2 },
    { name: 'published the day after', published: '2025-07-22', expected: 0.1 },
    { name: 'published the day the night began', published: '2025-07-20', expected: 0.05 },
    { name: 'published days later: a retrospective, or another night', published: '2025-07-25' },
    { name: 'published before the night began', published: '2025-07-18' },
    {
      name: 'published weeks after: the news of something else',
      published: '2025-08-10',
      expected: -0.15,
    },
    {
      name: 'published months after: all but surely something else',
      published: '2025-11-01',
      expected: -0.3,
    },
    { name: 'no publication day', expected: undefined },
  ]
  it.each(cases)('$name', ({ published, expected }) => {
    const night = dated({
      resolved: true,
      start: '2025-07-20',
      end: '2025-07-21',
      precision: 'night',
      raw: 'overnight',
    })
    const s = undated && night ? timeSignal(undated, night, published) : undefined
    expect(s === 'veto' ? s : s?.weight).toBe(expected)
  })
})

describe('timeSignal: a year or a month beside an undated report', () => {
  const undated = wave && { ...wave, claims: wave.claims.filter((c) => c.fact !== 'date') }
  const year = dated({
    resolved: true,
    start: '2025-01-01',
    end: '2025-12-31',
    precision: 'year',
    raw: 'in 2025',
  })
  it('a publication day inside the year says nothing of which day', () => {
    expect(undated && year ? timeSignal(undated, year, '2025-08-24') : 'none').toBeUndefined()
  })
  it('the two are placed by the days they appeared, as two undated reports are', () => {
    expect(
      undated && year ? timeSignal(undated, year, '2025-01-09', '2025-01-09') : 'none',
    ).toEqual({
      weight: 0.15,
      reason: 'both undated, both published on 2025-01-09',
    })
    expect(
      undated && year ? timeSignal(year, undated, '2025-01-09', '2025-08-24') : 'none',
    ).toMatchObject({ weight: -0.3 })
  })
})
