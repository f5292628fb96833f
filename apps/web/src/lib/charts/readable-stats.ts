import type { StatsQuery } from '@sitrep/client'
import type { Stats, StatsBucket } from '@sitrep/domain'
import { bucketStarts, coarserBucket } from './bucket-starts.ts'

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
  let stats = await fetchStats(query)
  let starts = bucketStarts(stats.series)
  const asked = stats.series.bucket
  for (
    let next = coarserBucket(stats.series.bucket, starts);
    next;
    next = coarserBucket(next, starts)
  ) {
    stats = await fetchStats({ ...query, bucket: next })
    starts = bucketStarts(stats.series)
  }
  return stats.series.bucket === asked ? { stats, starts } : { stats, starts, coarsenedFrom: asked }
}
