import type { PageRequest, RecordFilter, StoredRecord } from '@sitrep/domain'
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Database } from '../database.ts'
import { ValidationFailed } from '../errors.ts'
import { toStoredRecord } from '../mappers.ts'
import { UNDATED } from '../record-index.ts'
import { disputeCountsFromRollup, rollupCountsDisputes } from '../rollups/read-dispute-counts.ts'
import type { SearchIndex } from '../search/search-index.ts'
import { dateWindow } from './date-window.ts'
import { type DateWindow, recordFilterWhere } from './record-filter.ts'
import { type DatePart, undatedLast } from './undated-last.ts'

/** One disputed fact of a record, as the disputes index lists it. */
export interface DisputedFact {
  stored: StoredRecord
  fact: string
  /** The fact's scope; empty when unscoped. */
  key: string
}

export interface DisputePage {
  items: DisputedFact[]
  nextCursor?: string
}

/** How many disputed facts of one kind and fact name the filter matches. */
export interface DisputeCount {
  kind: string
  fact: string
  count: number
}

type Part = DatePart

/**
 * The filter's condition on records, `q` included: full-text search narrows the disputes to the
 * matching records (a join on the engine's match table, as search does).
 */
const disputeFilter =
  (filter: RecordFilter, window: DateWindow, search: SearchIndex) =>
  (eb: ExpressionBuilder<Database, 'records'>): Expression<SqlBool> => {
    const where = recordFilterWhere(filter, window)(eb)
    const matches = filter.q ? search.matches(filter.q) : undefined
    if (!filter.q) return where
    if (!matches) return eb.val(false).$castTo<SqlBool>()
    return eb.and([
      where,
      eb(eb.ref(search.joinOn), 'in', eb.selectFrom(matches.as('s')).select('s.record_key')),
    ])
  }

/**
 * The filter's date bounds on the index's own copy of the sort date. The records' condition
 * says the same, but only bounds on `record_disputes` narrow its (sort_date, …) index: without
 * them a page up to a date walks every later dispute and looks up its record first (seconds
 * at a million records).
 */
const disputeDates =
  (filter: RecordFilter, window: DateWindow) =>
  (eb: ExpressionBuilder<Database, 'record_disputes'>): Expression<SqlBool> =>
    eb.and([
      ...(filter.to ? [eb('record_disputes.sort_date', '<=', filter.to)] : []),
      ...(window.earliestStart
        ? [eb('record_disputes.sort_date', '>=', window.earliestStart)]
        : []),
    ])

/** The position after a row: its record and fact, which order rows of one sort date. */
const DisputePosition = z.tuple([z.string(), z.string(), z.string()])
const afterId = (id: string): [string, string, string] => {
  try {
    return DisputePosition.parse(JSON.parse(id))
  } catch {
    throw new ValidationFailed('invalid cursor', [
      { path: 'cursor', message: 'not a cursor of the disputes list' },
    ])
  }
}

const disputeRows = (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  window: DateWindow,
  direction: 'asc' | 'desc',
  part: Part,
  after: { key: string | number; id: string } | undefined,
  limit: number,
) => {
  const [recordId, fact, factKey] = after ? afterId(after.id) : ['', '', '']
  return db
    .selectFrom('record_disputes')
    .innerJoin('records', 'records.id', 'record_disputes.record_id')
    .select([
      'records.id',
      'records.doc',
      'records.version',
      'records.created_at',
      'records.updated_at',
      'records.deleted_at',
      'record_disputes.sort_date',
      'record_disputes.fact',
      'record_disputes.fact_key',
    ])
    .where(disputeFilter(filter, window, search))
    .$if(filter.kind !== undefined && filter.kind.length > 0, (qb) =>
      qb.where('record_disputes.kind', 'in', filter.kind ?? []),
    )
    .where(disputeDates(filter, window))
    .$if(part === 'dated', (qb) => qb.where('record_disputes.sort_date', '<', UNDATED))
    .$if(part === 'undated', (qb) => qb.where('record_disputes.sort_date', '=', UNDATED))
    .$if(after !== undefined, (qb) =>
      qb.where((eb) =>
        eb(
          eb.refTuple(
            'record_disputes.sort_date',
            'record_disputes.record_id',
            'record_disputes.fact',
            'record_disputes.fact_key',
          ),
          direction === 'asc' ? '>' : '<',
          eb.tuple(String(after?.key), recordId, fact, factKey),
        ),
      ),
    )
    .orderBy('record_disputes.sort_date', direction)
    .orderBy('record_disputes.record_id', direction)
    .orderBy('record_disputes.fact', direction)
    .orderBy('record_disputes.fact_key', direction)
    .limit(limit)
    .execute()
}

/**
 * The disputed facts the filter matches, through the disputes index: newest first unless
 * `sort=date`, undated records last either way, as listRecords orders records; every page is
 * full because only disputed facts are read.
 */
export const listDisputes = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  page: PageRequest,
): Promise<DisputePage> => {
  const sort = filter.sort ?? '-date'
  const direction = sort === 'date' ? 'asc' : 'desc'
  const after = page.cursor ? decodeCursor(page.cursor, sort) : undefined
  const window = await dateWindow(db, filter)
  const read = (part: Part, from: typeof after, limit: number) =>
    disputeRows(db, search, filter, window, direction, part, from, limit)
  const rows = await undatedLast(direction, after, page.limit, filter.to !== undefined, read)
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    items: items.map((row) => ({ stored: toStoredRecord(row), fact: row.fact, key: row.fact_key })),
    ...(rows.length > page.limit && last
      ? {
          nextCursor: encodeCursor({
            sort,
            key: last.sort_date,
            id: JSON.stringify([last.id, last.fact, last.fact_key]),
          }),
        }
      : {}),
  }
}

/**
 * The filter's disputed facts counted by record kind and fact name: from the per-day rollup
 * when the filter is only kinds and an end date (the disputes page as it opens), else through
 * the index and each disputed record.
 */
export const countDisputes = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
): Promise<DisputeCount[]> => {
  if (rollupCountsDisputes(filter)) return disputeCountsFromRollup(db, filter)
  const window = await dateWindow(db, filter)
  const rows = await db
    .selectFrom('record_disputes')
    .innerJoin('records', 'records.id', 'record_disputes.record_id')
    .select((eb) => ['record_disputes.kind', 'record_disputes.fact', eb.fn.countAll().as('n')])
    .where(disputeFilter(filter, window, search))
    .where(disputeDates(filter, window))
    .groupBy(['record_disputes.kind', 'record_disputes.fact'])
    .orderBy('record_disputes.kind')
    .orderBy('record_disputes.fact')
    .execute()
  return rows.map((r) => ({ kind: r.kind, fact: r.fact, count: Number(r.n) }))
}
