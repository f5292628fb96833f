import type { RecordFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'

/** The filters the disputes rollup can answer: its keys are the day, the kind and the fact. */
const ROLLUP_FILTERS: ReadonlySet<string> = new Set(['kind', 'to', 'sort'])

/**
 * Whether the rollup answers this filter's dispute counts exactly. `to` bounds the sort date,
 * which is the rollup's day; `from` matches on a record's end date, which it does not hold, and
 * the other filters need the records themselves.
 */
export const rollupCountsDisputes = (filter: RecordFilter): boolean =>
  Object.entries(filter).every(([name, value]) => value === undefined || ROLLUP_FILTERS.has(name))

/**
 * The live records' disputed facts up to `to`, counted by kind and fact name from the per-day
 * rollup: a few thousand rows however many disputes the store holds. Rows netted to zero by
 * deletions are left out.
 */
export const disputeCountsFromRollup = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('stats_dispute_days')
    .select((eb) => [
      'stats_dispute_days.kind',
      'stats_dispute_days.fact',
      eb.fn.sum<number | string | bigint>('stats_dispute_days.disputes').as('n'),
    ])
    .$if(filter.to !== undefined, (qb) => qb.where('stats_dispute_days.day', '<=', filter.to ?? ''))
    .$if(filter.kind !== undefined && filter.kind.length > 0, (qb) =>
      qb.where('stats_dispute_days.kind', 'in', filter.kind ?? []),
    )
    .groupBy(['stats_dispute_days.kind', 'stats_dispute_days.fact'])
    .orderBy('stats_dispute_days.kind')
    .orderBy('stats_dispute_days.fact')
    .execute()
  return rows
    .map((r) => ({ kind: r.kind, fact: r.fact, count: Number(r.n) }))
    .filter((r) => r.count > 0)
}
