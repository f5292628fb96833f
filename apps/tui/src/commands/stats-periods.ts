import type { Stats } from '@sitrep/domain'

export type StatsPeriod = 'day' | 'week' | 'month'
type DayRow = Stats['attacksByDay'][number]
type Band = DayRow['killed']

/** The label of the period a day falls in: the day, the Monday of its week, or its month. */
export const periodOf = (day: string, by: StatsPeriod): string => {
  if (by === 'day') return day
  if (by === 'month') return day.slice(0, 7)
  const date = new Date(`${day}T00:00:00Z`)
  const sinceMonday = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - sinceMonday)
  return date.toISOString().slice(0, 10)
}

/**
 * The period `sitrep stats` sums attacks by when none is asked for: weeks for a few months of
 * days, months beyond a year's worth, so four years of reports (1,284 days) read as ~50 lines.
 */
export const defaultPeriod = (days: readonly DayRow[]): StatsPeriod => {
  const first = days[0]?.day
  const last = days.at(-1)?.day
  if (!first || !last) return 'week'
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000
  return span > 366 ? 'month' : 'week'
}

/** Bands add up; a ceiling unknown on any day leaves the sum's ceiling unknown. */
const addBands = (a: Band, b: Band): Band => ({
  low: a.low + b.low,
  high: a.high === null || b.high === null ? null : a.high + b.high,
})

/** The days' attacks and casualty bands summed by period, in the days' order. */
export const attacksByPeriod = (days: readonly DayRow[], by: StatsPeriod) => {
  const periods = new Map<string, { attacks: number; killed: Band; injured: Band }>()
  for (const d of days) {
    const key = periodOf(d.day, by)
    const sum = periods.get(key)
    periods.set(
      key,
      sum
        ? {
            attacks: sum.attacks + d.attacks,
            killed: addBands(sum.killed, d.killed),
            injured: addBands(sum.injured, d.injured),
          }
        : { attacks: d.attacks, killed: d.killed, injured: d.injured },
    )
  }
  return [...periods].map(([period, sum]) => ({ period, ...sum }))
}
