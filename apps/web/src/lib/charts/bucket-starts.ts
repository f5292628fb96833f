import { addDays, bucketEnd, bucketStart, type StatsBucket, type StatsSeries } from '@sitrep/domain'

/** More bars than this in a chart's 360 units would be thinner than a pixel on a phone. */
export const MAX_BUCKETS = 120

/**
 * Every bucket from the series' first to its last, empty ones included, so a quiet month reads
 * as a gap rather than being left out and the panels share one time axis.
 */
export const bucketStarts = (series: StatsSeries): string[] => {
  const seen = [
    ...series.attacks.map((a) => a.start),
    ...series.airWar.map((a) => a.start),
    ...series.aid.map((a) => a.start),
  ].sort()
  const first = seen[0]
  const last = seen.at(-1)
  if (first === undefined || last === undefined) return []
  const starts: string[] = []
  for (
    let start = bucketStart(first, series.bucket);
    start <= last && starts.length <= MAX_BUCKETS * 31;
    start = addDays(bucketEnd(start, series.bucket), 1)
  )
    starts.push(start)
  return starts
}

const ORDER: readonly StatsBucket[] = ['day', 'week', 'month']
const DAYS_PER: { [B in StatsBucket]: number } = { day: 1, week: 7, month: 30.4 }

/**
 * The smallest bucket above `bucket` whose bars fit a chart over `starts`, straight away rather
 * than one size at a time (each size is a request); none when they fit or a month is reached.
 */
export const coarserBucket = (
  bucket: StatsBucket,
  starts: readonly string[],
): StatsBucket | undefined => {
  if (starts.length <= MAX_BUCKETS) return undefined
  const first = starts[0] ?? ''
  const last = starts.at(-1) ?? ''
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000 + DAYS_PER[bucket]
  const larger = ORDER.slice(ORDER.indexOf(bucket) + 1)
  return larger.find((b) => days / DAYS_PER[b] <= MAX_BUCKETS) ?? larger.at(-1)
}

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const at = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A bucket as a reader names it: "Jul 2025", "week of 21 Jul 2025", "21 Jul 2025". */
export const bucketLabel = (start: string, bucket: StatsBucket): string => {
  if (bucket === 'month') return monthYear.format(at(start))
  const day = `${dayMonth.format(at(start))} ${start.slice(0, 4)}`
  return bucket === 'week' ? `week of ${day}` : day
}

/** The short axis label of a bucket: "Jul 25" for months, "21 Jul" for days and weeks. */
export const tickLabel = (start: string, bucket: StatsBucket): string =>
  bucket === 'month'
    ? `${monthYear.format(at(start)).slice(0, 3)} ${start.slice(2, 4)}`
    : dayMonth.format(at(start))

/**
 * The bucket a chart over `days` days can draw when `bucket` is asked for: `bucket` itself when
 * its bars fit, else the smallest larger one that fits (a month at most). Known before the
 * series is fetched, so a too-fine one is never asked for.
 */
export const bucketForDays = (bucket: StatsBucket, days: number): StatsBucket => {
  if (days / DAYS_PER[bucket] <= MAX_BUCKETS) return bucket
  const larger = ORDER.slice(ORDER.indexOf(bucket) + 1)
  return larger.find((b) => days / DAYS_PER[b] <= MAX_BUCKETS) ?? larger.at(-1) ?? bucket
}

/** Days from the first bucket's start to the last bucket's end, as `starts` in `bucket` span. */
export const daysSpanned = (bucket: StatsBucket, starts: readonly string[]): number => {
  const first = starts[0]
  const last = starts.at(-1)
  if (first === undefined || last === undefined) return 0
  return (Date.parse(last) - Date.parse(first)) / 86_400_000 + DAYS_PER[bucket]
}
