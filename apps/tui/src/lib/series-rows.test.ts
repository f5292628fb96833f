import type { StatsSeries } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { emptyDictionaries, namesFrom } from './names.ts'
import { seriesRows, seriesStarts } from './series-rows.ts'

const names = namesFrom(emptyDictionaries)

const band = (n: number) => ({ low: n, high: n })

// The seed's night of 20–21 July 2025, by week: 426 drones launched, 403 stopped; two weeks on,
// a quiet week between.
const july: StatsSeries = {
  bucket: 'week',
  attacks: [
    { start: '2025-07-21', attacks: 2, killed: band(2), injured: { low: 15, high: null } },
    { start: '2025-08-04', attacks: 1, killed: band(0), injured: band(0) },
  ],
  airWar: [
    {
      start: '2025-07-21',
      attackerId: 'russia',
      weaponClass: 'drone',
      launched: 426,
      intercepted: 403,
      interceptionRate: 403 / 426,
      sevenDays: { launched: 60.9, intercepted: 57.6, interceptionRate: 0.946 },
    },
  ],
  aid: [],
}

describe('seriesRows', () => {
  it('keeps the quiet week between two busy ones', () => {
    expect(seriesStarts(july)).toEqual(['2025-07-21', '2025-07-28', '2025-08-04'])
  })

  it('lines up attacks, casualty floors and the air war by class over the buckets', () => {
    const rows = seriesRows(july, names)
    expect(rows.map((r) => [r.label, r.values, r.summary])).toEqual([
      ['attacks', [2, 0, 1], '3'],
      ['killed ≥', [2, 0, 0], '2'],
      ['injured ≥', [15, 0, 0], '15'],
      ['drones', [426, 0, 0], '426'],
      [' intercepted', [403, 0, 0], '403 (95%)'],
    ])
  })
})
