import type { Stats, StatsBucket } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { defaultPeriod, periodLabel, statsByPeriod } from './stats-periods.ts'

const day = (d: string) => ({
  day: d,
  attacks: 1,
  killed: { low: 1, high: 1 },
  injured: { low: 0, high: 0 },
})

describe('stats by period', () => {
  it('sums by week over a few months and by month over years of reports', () => {
    expect(defaultPeriod([day('2025-05-01'), day('2025-07-21')])).toBe('week')
    expect(defaultPeriod([day('2022-02-24'), day('2026-02-07')])).toBe('month')
    expect(defaultPeriod([])).toBe('week')
  })

  it('names a week by its Monday and a month by year and month', () => {
    expect(periodLabel('2025-07-21', 'week')).toBe('week of 2025-07-21')
    expect(periodLabel('2025-07-01', 'month')).toBe('2025-07')
    expect(periodLabel('2025-07-28', 'day')).toBe('2025-07-28')
  })

  it('asks again by week when the API chose days for a few weeks of reports', async () => {
    const asked: (StatsBucket | undefined)[] = []
    const stats = await statsByPeriod(async (bucket) => {
      asked.push(bucket)
      return {
        attacksByDay: [day('2025-07-20'), day('2025-07-21')],
        series: { bucket: bucket ?? 'day', attacks: [], airWar: [], aid: [] },
      } as Pick<Stats, 'attacksByDay' | 'series'> as Stats
    }, undefined)
    expect(asked).toEqual([undefined, 'week'])
    expect(stats.series.bucket).toBe('week')
  })
})
