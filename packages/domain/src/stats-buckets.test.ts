import { describe, expect, it } from 'vitest'
import { bucketEnd, bucketStart, defaultBucket } from './stats-buckets.ts'

describe('stats buckets', () => {
  it.each([
    ['2025-07-01', '2025-07-31', 'day'],
    ['2025-07-01', '2025-08-29', 'day'],
    ['2025-07-01', '2025-08-30', 'week'],
    ['2025-01-01', '2025-12-31', 'week'],
    ['2024-01-01', '2024-12-31', 'week'],
    ['2022-02-24', '2025-12-31', 'month'],
  ] as const)('chooses a bucket from %s to %s: %s', (from, to, bucket) => {
    expect(defaultBucket(from, to)).toBe(bucket)
  })

  it('starts a week on its Monday and a month on its first day', () => {
    // 20 July 2025 was a Sunday, 21 July a Monday.
    expect(bucketStart('2025-07-20', 'week')).toBe('2025-07-14')
    expect(bucketStart('2025-07-21', 'week')).toBe('2025-07-21')
    expect(bucketStart('2025-07-20', 'month')).toBe('2025-07-01')
    expect(bucketStart('2025-07-20', 'day')).toBe('2025-07-20')
  })

  it('ends a week six days on and a month on its last day, leap years included', () => {
    expect(bucketEnd('2025-07-14', 'week')).toBe('2025-07-20')
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29')
    expect(bucketEnd('2025-12-01', 'month')).toBe('2025-12-31')
  })
})
