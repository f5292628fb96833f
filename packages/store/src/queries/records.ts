import type { PageRequest, RecordFilter, StoredRecord } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Database } from '../database.ts'
import { toStoredRecord } from '../mappers.ts'
import type { SearchIndex } from '../search/search-index.ts'
import type { RecordPage } from '../store.ts'
import { dateWindow } from './date-window.ts'
import { recordFilterWhere } from './record-filter.ts'

const storedColumns = [
  'records.id',
  'records.sort_date',
  'records.doc',
  'records.version',
  'records.created_at',
  'records.updated_at',
  'records.deleted_at',
] as const

/** The record row by id, tombstoned or not. */
export const findRecordRow = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('records')
    .select([...storedColumns, 'records.seq'])
    .where('records.id', '=', id)
    .executeTakeFirst()

/** Keyset pagination on (sort_date, id): stable while records are inserted before the cursor. */
export const listRecords = async (
  db: Kysely<Database>,
  filter: RecordFilter,
  page: PageRequest,
): Promise<RecordPage> => {
  const sort = filter.sort ?? 'date'
  const direction = sort === 'date' ? 'asc' : 'desc'
  const after = page.cursor ? decodeCursor(page.cursor, sort) : undefined
  const window = await dateWindow(db, filter)
  const rows = await db
    .selectFrom('records')
    .select(storedColumns)
    .where(recordFilterWhere(filter, window))
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
    .limit(page.limit + 1)
    .execute()
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    items: items.map(toStoredRecord),
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeCursor({ sort, key: last.sort_date, id: last.id }) }
      : {}),
  }
}

/** Best match first; ties broken by id so pages never overlap. */
export const searchRecords = async (
  db: Kysely<Database>,
  search: SearchIndex,
  q: string,
  filter: RecordFilter,
  page: PageRequest,
): Promise<RecordPage> => {
  const matches = search.matches(q)
  if (!matches) return { items: [] }
  const after = page.cursor ? decodeCursor(page.cursor, 'rank') : undefined
  const rows = await db
    .selectFrom('records')
    .innerJoin(matches.as('s'), 's.record_key', search.joinOn)
    .select([...storedColumns, 's.rank'])
    .where(recordFilterWhere(filter, await dateWindow(db, filter)))
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
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    items: items.map((row): StoredRecord => toStoredRecord(row)),
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeCursor({ sort: 'rank', key: last.rank, id: last.id }) }
      : {}),
  }
}
