import { addDays, bucketEnd, bucketStart, type StatsBucket } from '@sitrep/domain'
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
 * Aid per donor, stage and bucket summed from the daily rollup over a range of days. A day fixes
 * its week and month, so for days the sum groups by all three and follows the primary key.
 */
const aidDonorsOfDays = (db: Kysely<Database>, range: DayRange, bucket: StatsBucket) =>
  db
    .selectFrom('stats_aid_donors')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      `stats_aid_donors.${bucket} as start`,
      'stats_aid_donors.donor_id',
      'stats_aid_donors.stage',
      eb.fn.sum<string | number>('stats_aid_donors.records').as('records'),
      eb.fn.sum<string | number>('stats_aid_donors.eur').as('eur'),
    ])
    .groupBy([
      ...(bucket === 'day'
        ? (['stats_aid_donors.day', 'stats_aid_donors.week', 'stats_aid_donors.month'] as const)
        : ([`stats_aid_donors.${bucket}`] as const)),
      'stats_aid_donors.donor_id',
      'stats_aid_donors.stage',
    ])
    .having((eb) => eb.fn.sum('stats_aid_donors.records'), '<>', 0)
    .execute()

/**
 * Aid per donor, stage and bucket over a range: by day from the daily rollup; by week or month,
 * whole buckets from their own rollup (0028) and the partial ends summed from the daily one. A
 * bucket is read from one table only, so the rows never overlap.
 */
export const aidDonorsOf = async (db: Kysely<Database>, range: DayRange, bucket: StatsBucket) => {
  if (bucket === 'day') return aidDonorsOfDays(db, range, 'day')
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
  for (const part of days) partRows.push(...(await aidDonorsOfDays(db, part, bucket)))
  return [...wholeRows, ...partRows]
}
