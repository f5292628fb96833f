import { describe, expect, it } from 'vitest'
import { attacksByPeriod, defaultPeriod, periodOf } from './stats-periods.ts'

const day = (d: string, attacks: number, killedHigh: number | null) => ({
  day: d,
  attacks,
  killed: { low: 1, high: killedHigh },
  injured: { low: 0, high: 0 },
})

describe('stats by period', () => {
  it('names a week by its Monday and a month by year and month', () => {
    expect(periodOf('2025-07-21', 'week')).toBe('2025-07-21')
    expect(periodOf('2025-07-27', 'week')).toBe('2025-07-21')
    expect(periodOf('2025-07-28', 'week')).toBe('2025-07-28')
    expect(periodOf('2025-07-28', 'month')).toBe('2025-07')
    expect(periodOf('2025-07-28', 'day')).toBe('2025-07-28')
  })

  it('sums attacks and bands, a ceiling unknown on any day unknown for the period', () => {
    const days = [day('2025-07-20', 2, 3), day('2025-07-21', 1, 1), day('2025-07-22', 4, null)]
    expect(attacksByPeriod(days, 'week')).toEqual([
      {
        period: '2025-07-14',
        attacks: 2,
        killed: { low: 1, high: 3 },
        injured: { low: 0, high: 0 },
      },
      {
        period: '2025-07-21',
        attacks: 5,
        killed: { low: 2, high: null },
        injured: { low: 0, high: 0 },
      },
    ])
  })

  it('sums by week over a few months and by month over years of reports', () => {
    expect(defaultPeriod([day('2025-05-01', 1, 1), day('2025-07-21', 1, 1)])).toBe('week')
    expect(defaultPeriod([day('2022-02-24', 1, 1), day('2026-02-07', 1, 1)])).toBe('month')
    expect(defaultPeriod([])).toBe('week')
  })
})
