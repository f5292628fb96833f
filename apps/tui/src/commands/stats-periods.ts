import type { Stats, StatsBucket } from '@sitrep/domain'

export type StatsPeriod = StatsBucket
type DayRow = Stats['attacksByDay'][number]

/**
 * The period `sitrep stats` sums by when none is asked for: weeks for a few months of days,
 * months beyond a year's worth, so four years of reports (1,284 days) read as ~50 lines.
 */
export const defaultPeriod = (days: readonly DayRow[]): StatsPeriod => {
  const first = days[0]?.day
  const last = days.at(-1)?.day
  if (!first || !last) return 'week'
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000
  return span > 366 ? 'month' : 'week'
}

/** A bucket's start as `sitrep stats` prints it: the day, "week of" its Monday, or the month. */
export const periodLabel = (start: string, by: StatsPeriod): string =>
  by === 'week' ? `week of ${start}` : by === 'month' ? start.slice(0, 7) : start

/**
 * The stats summed by the period asked for, else by the one the days call for: the API's own
 * choice from the range differs (days up to two months), so a second request may follow.
 */
export const statsByPeriod = async (
  fetchStats: (bucket: StatsPeriod | undefined) => Promise<Stats>,
  by: StatsPeriod | undefined,
): Promise<Stats> => {
  const first = await fetchStats(by)
  const period = by ?? defaultPeriod(first.attacksByDay)
  return first.series.bucket === period ? first : fetchStats(period)
}
