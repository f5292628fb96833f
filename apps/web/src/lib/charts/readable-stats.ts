import type { StatsQuery } from '@sitrep/client'
import type { Stats, StatsBucket } from '@sitrep/domain'
import { bucketForDays, bucketStarts, coarserBucket, daysSpanned } from './bucket-starts.ts'

export interface ReadableStats {
  readonly stats: Stats
  /** Every bucket of the charts' time axis. */
  readonly starts: readonly string[]
  /** The bucket asked for in the URL when it would have drawn too many bars to read. */
  readonly coarsenedFrom?: StatsBucket
}

/**
 * The stats with a bucket the charts can draw: a `bucket` asked for in the URL that would give
 * more bars than fit (days over four years) is asked again one size up, and the page says so.
 * The range's own choice never needs it: the API picks day, week or month to fit.
 */
export const readableStats = async (
  fetchStats: (query: StatsQuery) => Promise<Stats>,
  query: StatsQuery,
): Promise<ReadableStats> => {
  const asked = query.bucket
  let stats: Stats
  if (asked === undefined) stats = await fetchStats(query)
  else {
    // Days over four years come to 1,600 buckets and a 4 MB answer at a million records (the
    // aid series by donor per day), only to be asked again by month: the bucket that fits is
    // chosen before asking, from the period, or for an open one from the range's own choice.
    const { from, to } = query
    const own = from && to ? undefined : await fetchStats({ ...query, bucket: undefined })
    const days = own
      ? daysSpanned(own.series.bucket, bucketStarts(own.series))
      : (Date.parse(to ?? '') - Date.parse(from ?? '')) / 86_400_000 + 1
    const fitting = bucketForDays(asked, days)
    stats =
      own && own.series.bucket === fitting ? own : await fetchStats({ ...query, bucket: fitting })
  }
  let starts = bucketStarts(stats.series)
  for (
    let next = coarserBucket(stats.series.bucket, starts);
    next;
    next = coarserBucket(next, starts)
  ) {
    stats = await fetchStats({ ...query, bucket: next })
    starts = bucketStarts(stats.series)
  }
  return asked === undefined || stats.series.bucket === asked
    ? { stats, starts }
    : { stats, starts, coarsenedFrom: asked }
}
