import { addDays, bucketEnd, bucketStart } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { type DayRange, inDays } from './day-range.ts'

type Bucket = 'week' | 'month'

/**
 * A range split for the bucket tables: the first days of its whole buckets (open where the range
 * is), and the days of its partial first and last buckets. A range inside one bucket is all days.
 */
export const bucketSpans = (
  range: DayRange,
  bucket: Bucket,
): { whole?: DayRange; days: DayRange[] } => {
  const next = (start: string) => addDays(bucketEnd(start, bucket), 1)
  const { from, to } = range
  const first =
    from === undefined
      ? undefined
      : bucketStart(from, bucket) === from
        ? from
        : next(bucketStart(from, bucket))
  const lastOfTo = to === undefined ? undefined : bucketStart(to, bucket)
  const last =
    to === undefined || lastOfTo === undefined
      ? undefined
      : bucketEnd(lastOfTo, bucket) === to
        ? lastOfTo
        : bucketStart(addDays(lastOfTo, -1), bucket)
  if (first !== undefined && last !== undefined && first > last) return { days: [range] }
  const days: DayRange[] = []
  if (from !== undefined && first !== undefined && from < first)
    days.push({ from, to: addDays(first, -1) })
  if (to !== undefined && last !== undefined && to > bucketEnd(last, bucket))
    days.push({ from: next(last), to })
  return { whole: { from: first, to: last }, days }
}

/**
 * Aid per donor, stage and week or month over a range: whole buckets from their own rollup
 * (0028), the partial ends summed from the daily one. A bucket is read from one table only, so
 * the rows never overlap.
 */
export const aidDonorsOfBuckets = async (db: Kysely<Database>, range: DayRange, bucket: Bucket) => {
  const { whole, days } = bucketSpans(range, bucket)
  const wholeRows = whole
    ? await db
        .selectFrom(bucket === 'week' ? 'stats_aid_donor_weeks' : 'stats_aid_donor_months')
        .where((eb) => inDays(whole, eb, bucket))
        .where('records', '<>', 0)
        .select([`${bucket} as start`, 'donor_id', 'stage', 'records', 'eur'])
        .execute()
    : []
  const partRows = []
  for (const part of days)
    partRows.push(
      ...(await db
        .selectFrom('stats_aid_donors')
        .where((eb) => inDays(part, eb))
        .select((eb) => [
          `stats_aid_donors.${bucket} as start`,
          'stats_aid_donors.donor_id',
          'stats_aid_donors.stage',
          eb.fn.sum<string | number>('stats_aid_donors.records').as('records'),
          eb.fn.sum<string | number>('stats_aid_donors.eur').as('eur'),
        ])
        .groupBy([
          `stats_aid_donors.${bucket}`,
          'stats_aid_donors.donor_id',
          'stats_aid_donors.stage',
        ])
        .having((eb) => eb.fn.sum('stats_aid_donors.records'), '<>', 0)
        .execute()),
    )
  return [...wholeRows, ...partRows]
}
