import type { Attack, FuzzyDate } from '@sitrep/domain'
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

describe('timeSignal', () => {
  const cases: { name: string; a?: Attack; b?: Attack; expected: number | 'veto' }[] = [
    {
      name: 'the same night',
      a: night('2025-07-20', '2025-07-21'),
      b: night('2025-07-20', '2025-07-21'),
      expected: 0.35,
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
    { name: 'the same day', a: day('2025-07-23'), b: day('2025-07-23'), expected: 0.3 },
    { name: 'different days', a: day('2025-07-23'), b: day('2025-07-24'), expected: 'veto' },
  ]
  it.each(cases)('$name', ({ a, b, expected }) => {
    const s = a && b ? timeSignal(a, b) : undefined
    expect(s === 'veto' ? s : s?.weight).toBe(expected)
  })
})
