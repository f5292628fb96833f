import type { PageRequest, RecordFilter } from '@sitrep/domain'
import type { Kysely, RawBuilder } from 'kysely'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Database } from '../database.ts'
import type { StoredRow } from '../mappers.ts'
import { UNDATED } from '../record-index.ts'
import type { SearchIndex, SearchMatch } from '../search/search-index.ts'
import { searchWindow } from '../search/search-window.ts'
import { dateWindow } from './date-window.ts'
import { type DateWindow, recordFilterWhere } from './record-filter.ts'
import { type DatePart, undatedLast } from './undated-last.ts'

const storedColumns = [
  'records.id',
  'records.sort_date',
  'records.doc',
  'records.version',
  'records.created_at',
  'records.updated_at',
  'records.deleted_at',
] as const

/**
 * A page of record rows, not yet mapped: the store hands them out as domain objects
 * (toStoredRecord) or as the JSON text the API sends (toStoredRecordJson).
 */
export interface RowPage {
  rows: StoredRow[]
  /** Present when more rows follow; pass it back unchanged as `PageRequest.cursor`. */
  nextCursor?: string
}

/** The record row by id, tombstoned or not. */
export const findRecordRow = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('records')
    .select([...storedColumns, 'records.seq'])
    .where('records.id', '=', id)
    .executeTakeFirst()

/**
 * Keyset pagination on (sort_date, id): stable while records are inserted before the cursor.
 * Newest first unless `sort=date`; undated records come last either way. Ascending, their
 * far-future sort_date already puts them there; descending reads the dated rows, then the
 * undated ones (by id, descending), as two index ranges rather than one ORDER BY over an
 * expression, which no index serves. The cursor stays (sort, sort_date, id): a key of UNDATED
 * says the previous page ended among the undated rows.
 * A place filter starts from record_places instead (see placeListRows): the rows come out of its
 * (place, kind, date) index already in list order, so the page stops after `limit` matches.
 */
export const listRecords = async (
  db: Kysely<Database>,
  filter: RecordFilter,
  page: PageRequest,
): Promise<RowPage> => {
  const sort = filter.sort ?? '-date'
  const direction = sort === 'date' ? 'asc' : 'desc'
  const after = page.cursor ? decodeCursor(page.cursor, sort) : undefined
  const window = await dateWindow(db, filter)
  const { placeId, ...rest } = filter
  const read = (part: DatePart, from: Keyset['after'], limit: number) => {
    const keyset = { direction, after: from, limit, part } as const
    return placeId
      ? placeListRows(db, placeId, rest, window, keyset)
      : recordListRows(db, filter, window, keyset)
  }
  const rows = await undatedLast(direction, after, page.limit, filter.to !== undefined, read)
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    rows: items,
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeCursor({ sort, key: last.sort_date, id: last.id }) }
      : {}),
  }
}

/** Which rows a read covers: all of them, or the dated or undated ones alone. */

interface Keyset {
  direction: 'asc' | 'desc'
  after: { key: string | number; id: string } | undefined
  limit: number
  part: DatePart
}

const recordListRows = (
  db: Kysely<Database>,
  filter: RecordFilter,
  window: DateWindow,
  { direction, after, limit, part }: Keyset,
) =>
  db
    .selectFrom('records')
    .select(storedColumns)
    .where(recordFilterWhere(filter, window))
    .$if(part === 'dated', (qb) => qb.where('records.sort_date', '<', UNDATED))
    .$if(part === 'undated', (qb) => qb.where('records.sort_date', '=', UNDATED))
    .$if(after !== undefined, (qb) =>
      qb.where((eb) =>
        eb(
          eb.refTuple('records.sort_date', 'records.id'),
          direction === 'asc' ? '>' : '<',
          eb.tuple(String(after?.key), String(after?.id)),
        ),
      ),
    )
    .orderBy('records.sort_date', direction)
    .orderBy('records.id', direction)
    .limit(limit)
    .execute()

/**
 * A place-filtered page read through record_places, which carries the record's kind and sort
 * date: the planner walks the (place, kind, sort_date, record_id) index in list order and looks
 * up each record by id, so a page costs its own rows whatever the store holds. Filtering records
 * by `id in (places)` instead scans the kind's whole date range, which grows with the store.
 */
const placeListRows = (
  db: Kysely<Database>,
  placeId: string,
  filter: RecordFilter,
  window: DateWindow,
  { direction, after, limit, part }: Keyset,
) =>
  db
    .selectFrom('record_places')
    .innerJoin('records', 'records.id', 'record_places.record_id')
    .select(storedColumns)
    .where('record_places.place_id', '=', placeId)
    .$if(filter.kind !== undefined && filter.kind.length > 0, (qb) =>
      qb.where('record_places.kind', 'in', filter.kind ?? []),
    )
    .$if(window.earliestStart !== undefined, (qb) =>
      qb.where('record_places.sort_date', '>=', window.earliestStart ?? ''),
    )
    .$if(filter.to !== undefined, (qb) =>
      qb.where('record_places.sort_date', '<=', filter.to ?? ''),
    )
    .where(recordFilterWhere(filter, window))
    .$if(part === 'dated', (qb) => qb.where('record_places.sort_date', '<', UNDATED))
    .$if(part === 'undated', (qb) => qb.where('record_places.sort_date', '=', UNDATED))
    .$if(after !== undefined, (qb) =>
      qb.where((eb) =>
        eb(
          eb.refTuple('record_places.sort_date', 'record_places.record_id'),
          direction === 'asc' ? '>' : '<',
          eb.tuple(String(after?.key), String(after?.id)),
        ),
      ),
    )
    .orderBy('record_places.sort_date', direction)
    .orderBy('record_places.record_id', direction)
    .limit(limit)
    .execute()

/** Best match first among the engine's candidates; ties broken by id so pages never overlap. */
export const searchRecords = async (
  db: Kysely<Database>,
  search: SearchIndex,
  q: string,
  filter: RecordFilter,
  page: PageRequest,
): Promise<RowPage> => {
  const window = await dateWindow(db, filter)
  // Candidates come from the filter's sort-date range only, so the ranking never spends its
  // bound on records the filter drops.
  const within = searchWindow(filter, window)
  const after = page.cursor ? decodeCursor(page.cursor, 'rank') : undefined
  // Twice the page of the best candidates first; only when the filter drops too many of them
  // (or this is the last page) are all the candidates read.
  const best = search.matches(q, {
    within,
    ranked: true,
    first: { count: 2 * (page.limit + 1), ...(after && { after: Number(after.key) }) },
  })
  const all = search.matches(q, { within, ranked: true })
  if (!best || !all) return { rows: [] }
  const read = (matches: RawBuilder<SearchMatch>) =>
    db
      .selectFrom('records')
      .innerJoin(matches.as('s'), 's.record_key', search.joinOn)
      .select([...storedColumns, 's.rank'])
      .where(recordFilterWhere(filter, window))
      .$if(after !== undefined, (qb) =>
        qb.where((eb) =>
          eb(
            eb.refTuple('s.rank', 'records.id'),
            '>',
            eb.tuple(Number(after?.key), String(after?.id)),
          ),
        ),
      )
      .orderBy('s.rank')
      .orderBy('records.id')
      .limit(page.limit + 1)
      .execute()
  const firstTry = await read(best)
  const rows = firstTry.length > page.limit ? firstTry : await read(all)
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    rows: items,
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeCursor({ sort: 'rank', key: last.rank, id: last.id }) }
      : {}),
  }
}
