import type { Insertable, Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { countInMonths, uncountStored } from '../map/map-months.ts'
import type { RecordRows } from '../mappers.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import type { AncestorsOf } from '../place-rows.ts'
import { takeFromFacetDays } from '../rollups/facet-days.ts'
import { addToRollups, replaceInRollups, storedContributions } from '../rollups/write-rollups.ts'
import type { SearchIndex } from '../search/search-index.ts'
import type { RecordPlacesTable } from '../tables/record-places.table.ts'
import type { RevisionsTable } from '../tables/revisions.table.ts'
import { placeRowsOfAll } from './enclosing-places.ts'
import { insertMany } from './insert-many.ts'

const insertDependents = async (
  db: Kysely<Database>,
  all: readonly RecordRows[],
  known?: AncestorsOf,
): Promise<RecordPlacesTable[]> => {
  const places = await placeRowsOfAll(db, all, known)
  await insertMany(db, 'record_places', places)
  await insertMany(
    db,
    'record_actors',
    all.flatMap((r) => r.actors),
  )
  await insertMany(
    db,
    'record_sources',
    all.flatMap((r) => r.sources),
  )
  await insertMany(
    db,
    'record_disputes',
    all.flatMap((r) => r.disputes),
  )
  await insertMany(
    db,
    'record_facets',
    all.flatMap((r) => r.facets),
  )
  await insertMany(
    db,
    'record_air_war',
    all.flatMap((r) => r.airWar),
  )
  const locations = all.flatMap((r) => (r.location ? [r.location] : []))
  await insertMany(db, 'record_locations', locations)
  await countInMonths(db, locations, 1)
  return places
}

/**
 * Writes new records whole: row, join rows (places, actors, sources), revisions, search entries
 * and their part of the stats rollups. The caller
 * holds the transaction and has already checked that the ids are free. A dialect may supply a
 * faster writer of the same rows for bulk imports (SQLite's prepared statements).
 */
export type InsertRecords = (
  db: Kysely<Database>,
  search: SearchIndex,
  all: readonly RecordRows[],
  revisions: readonly Insertable<RevisionsTable>[],
  /** The gazetteer, when the caller holds one newer than the database can show (see seed). */
  known?: AncestorsOf,
) => Promise<void>

export const insertRecords: InsertRecords = async (db, search, all, revisions, known) => {
  await insertMany(
    db,
    'records',
    all.map((r) => r.record),
  )
  await addToRollups(db, all, await insertDependents(db, all, known))
  await insertMany(db, 'revisions', revisions)
  await search.write(
    db,
    all.map((r) => ({ id: r.record.id, ...r.search })),
    false,
  )
}

/**
 * Rewrites an existing record from `expectedVersion`. Returns false when another write moved the
 * version first, so the caller can refuse with StaleVersion instead of overwriting it.
 */
export const replaceRecord = async (
  db: Kysely<Database>,
  search: SearchIndex,
  rows: RecordRows,
  expectedVersion: number,
  revision: Insertable<RevisionsTable>,
): Promise<boolean> => {
  const { id, created_at: _created, ...changes } = rows.record
  const before = await storedContributions(db, [id])
  // Before the update: SQLite's search key derives from the sort date the update may change.
  // A stale version throws StaleVersion from the caller, which rolls this back with the rest.
  await search.remove(db, [id])
  await takeFromFacetDays(db, id, expectedVersion)
  const updated = await db
    .updateTable('records')
    .set(changes)
    .where('records.id', '=', id)
    .where('records.version', '=', expectedVersion)
    .executeTakeFirst()
  if (updated.numUpdatedRows === 0n) return false
  await db.deleteFrom('record_places').where('record_places.record_id', '=', id).execute()
  await db.deleteFrom('record_actors').where('record_actors.record_id', '=', id).execute()
  await db.deleteFrom('record_sources').where('record_sources.record_id', '=', id).execute()
  await db.deleteFrom('record_disputes').where('record_disputes.record_id', '=', id).execute()
  await db.deleteFrom('record_facets').where('record_facets.record_id', '=', id).execute()
  await db.deleteFrom('record_air_war').where('record_air_war.record_id', '=', id).execute()
  await uncountStored(db, id)
  await db.deleteFrom('record_locations').where('record_locations.record_id', '=', id).execute()
  await replaceInRollups(db, before, { rows, places: await insertDependents(db, [rows]) })
  await db.insertInto('revisions').values(revision).execute()
  await search.write(db, [{ id, ...rows.search }], false)
  return true
}

/** Marks the record deleted; its rows stay so that history and exports of tombstones work. */
export const tombstoneRecord = async (
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  revision: Insertable<RevisionsTable>,
): Promise<boolean> => {
  const before = await storedContributions(db, [id])
  await takeFromFacetDays(db, id, expectedVersion)
  const updated = await db
    .updateTable('records')
    .set({ version: revision.version, updated_at: revision.at, deleted_at: revision.at })
    .where('records.id', '=', id)
    .where('records.version', '=', expectedVersion)
    .where('records.deleted_at', 'is', null)
    .executeTakeFirst()
  if (updated.numUpdatedRows === 0n) return false
  // A map counts live records only: the location goes with the record (a restore writes it again).
  await uncountStored(db, id)
  await db.deleteFrom('record_locations').where('record_locations.record_id', '=', id).execute()
  await replaceInRollups(db, before)
  await db.insertInto('revisions').values(revision).execute()
  return true
}

/** Which of these ids are taken, tombstones included. */
/** The stored document of each id that is taken, and whether it is a tombstone. */
export const existingRecordDocs = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, { doc: string; deleted: boolean }>> => {
  const found = new Map<string, { doc: string; deleted: boolean }>()
  for (const part of chunk(ids, rowsPerStatement(db, 1))) {
    const rows = await db
      .selectFrom('records')
      .select(['records.id', 'records.doc', 'records.deleted_at'])
      .where('records.id', 'in', part)
      .execute()
    for (const row of rows) found.set(row.id, { doc: row.doc, deleted: row.deleted_at !== null })
  }
  return found
}

export const existingRecordIds = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> => {
  const taken = new Set<string>()
  for (const part of chunk(ids, rowsPerStatement(db, 1))) {
    const rows = await db
      .selectFrom('records')
      .select('records.id')
      .where('records.id', 'in', part)
      .execute()
    for (const row of rows) taken.add(row.id)
  }
  return taken
}
