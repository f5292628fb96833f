import type { StatsSeries } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import {
  bucketLabel,
  bucketStarts,
  coarserBucket,
  MAX_BUCKETS,
  tickLabel,
} from './bucket-starts.ts'

const attacksOn = (bucket: StatsSeries['bucket'], starts: string[]): StatsSeries => ({
  bucket,
  attacks: starts.map((start) => ({
    start,
    attacks: 1,
    killed: { low: 0, high: 0 },
    injured: { low: 0, high: 0 },
  })),
  airWar: [],
  aid: [],
})

describe('bucketStarts', () => {
  it('lists quiet months between busy ones, so a gap reads as a gap', () => {
    expect(bucketStarts(attacksOn('month', ['2025-05-01', '2025-08-01']))).toEqual([
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
    ])
  })

  it('steps weeks from their Mondays', () => {
    expect(bucketStarts(attacksOn('week', ['2025-07-14', '2025-07-28']))).toEqual([
      '2025-07-14',
      '2025-07-21',
      '2025-07-28',
    ])
  })

  it('has no buckets without a dated series', () => {
    expect(bucketStarts(attacksOn('day', []))).toEqual([])
  })
})

describe('bucket names', () => {
  it('names a bucket in full for tables and briefly for axes', () => {
    expect(bucketLabel('2025-07-01', 'month')).toBe('Jul 2025')
    expect(bucketLabel('2025-07-21', 'week')).toBe('week of 21 Jul 2025')
    expect(tickLabel('2025-07-01', 'month')).toBe('Jul 25')
    expect(tickLabel('2025-07-21', 'day')).toBe('21 Jul')
  })

  it('goes up only when the bars would not fit, straight to the size that fits', () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
      )
    expect(coarserBucket('day', days(MAX_BUCKETS))).toBeUndefined()
    expect(coarserBucket('day', days(MAX_BUCKETS + 1))).toBe('week')
    expect(coarserBucket('day', days(4 * 365))).toBe('month')
    expect(coarserBucket('month', days(4 * 365))).toBeUndefined()
  })
})
