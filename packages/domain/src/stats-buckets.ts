import { z } from 'zod'
import { addDays, type IsoDate } from './iso-date.ts'

/** How `/v1/stats` sums its series over time. */
export const StatsBucket = z.enum(['day', 'week', 'month'])
export type StatsBucket = z.infer<typeof StatsBucket>

const DAY_MS = 86_400_000

/** Days from `from` to `to`, both counted. */
export const daysInRange = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1

/**
 * The bucket a range reads best in: a bar a day up to two months, a week up to a year, else a
 * month, so a chart never holds more than about 60 bars (a war's four years are ~50 months).
 */
export const defaultBucket = (from: IsoDate, to: IsoDate): StatsBucket => {
  const days = daysInRange(from, to)
  return days <= 60 ? 'day' : days <= 366 ? 'week' : 'month'
}

/** The first day of the bucket holding `day`: itself, its ISO week's Monday, its month's 1st. */
export const bucketStart = (day: IsoDate, bucket: StatsBucket): IsoDate => {
  if (bucket === 'day') return day
  if (bucket === 'month') return `${day.slice(0, 7)}-01`
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

/** The last day of the bucket starting on `start`. */
export const bucketEnd = (start: IsoDate, bucket: StatsBucket): IsoDate => {
  if (bucket === 'day') return start
  if (bucket === 'week') return addDays(start, 6)
  const next = new Date(`${start}T00:00:00Z`)
  next.setUTCMonth(next.getUTCMonth() + 1)
  return addDays(next.toISOString().slice(0, 10), -1)
}
