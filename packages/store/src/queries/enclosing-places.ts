import { SitrepRecord } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { type RecordRows, toRecordRows } from '../mappers.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { type AncestorsOf, ancestorsFrom, placeRowsOf } from '../place-rows.ts'
import { rebuildFacetDays } from '../rollups/facet-days.ts'
import { rebuildRegionRollups } from '../rollups/rebuild-regions.ts'
import type { PlaceAncestorsTable } from '../tables/place-ancestors.table.ts'
import type { RecordPlacesTable } from '../tables/record-places.table.ts'
import { insertMany } from './insert-many.ts'

/**
 * The gazetteer's enclosing places of these places, read from its flattened hierarchy. Places
 * unknown to the gazetteer enclose nothing.
 */
export const ancestorsOfPlaces = async (
  db: Kysely<Database>,
  placeIds: readonly string[],
): Promise<AncestorsOf> => {
  const rows: PlaceAncestorsTable[] = []
  for (const part of chunk([...new Set(placeIds)], rowsPerStatement(db, 1)))
    rows.push(
      ...(await db
        .selectFrom('place_ancestors')
        .select(['place_ancestors.place_id', 'place_ancestors.ancestor_id'])
        .where('place_ancestors.place_id', 'in', part)
        .whereRef('place_ancestors.ancestor_id', '<>', 'place_ancestors.place_id')
        .execute()),
    )
  return ancestorsFrom(rows)
}

/**
 * Every `record_places` row of these records, enclosing places and tolls included. The gazetteer
 * is read from the database unless the caller holds it (on D1 a gazetteer written in the same
 * batch cannot be read back before the batch runs).
 */
export const placeRowsOfAll = async (
  db: Kysely<Database>,
  all: readonly RecordRows[],
  known?: AncestorsOf,
): Promise<RecordPlacesTable[]> => {
  const ancestorsOf =
    known ??
    (await ancestorsOfPlaces(
      db,
      all.flatMap((r) => r.placeIds),
    ))
  return all.flatMap((r) => placeRowsOf(r, ancestorsOf))
}

/**
 * Writes the place rows of the attacks with casualty counts whose seq lies in (after, through]
 * again, each with the toll inside its place, by today's rules (`placeRowsOf`).
 */
export const retollAttackWindow = async (
  db: Kysely<Database>,
  after: number,
  through: number,
  known?: AncestorsOf,
): Promise<void> => {
  const batch = await db
    .selectFrom('records')
    .select(['records.doc'])
    .where('records.seq', '>', after)
    .where('records.seq', '<=', through)
    .where('records.kind', '=', 'attack')
    .where((eb) =>
      eb.or([eb('records.killed_low', 'is not', null), eb('records.injured_low', 'is not', null)]),
    )
    .execute()
  if (batch.length === 0) return
  const all = batch.map((row) =>
    toRecordRows(SitrepRecord.parse(JSON.parse(row.doc)), {
      version: 0,
      createdAt: '',
      updatedAt: '',
    }),
  )
  // Written again whole rather than updated row by row: a few statements a batch, not thousands.
  const rows = await placeRowsOfAll(db, all, known)
  for (const ids of chunk(
    all.map((r) => r.record.id),
    rowsPerStatement(db, 1),
  ))
    await db.deleteFrom('record_places').where('record_places.record_id', 'in', ids).execute()
  await insertMany(db, 'record_places', rows)
}

/**
 * Every attack's place rows written again (`retollAttackWindow`), after the gazetteer changes
 * which places enclose which. Windows of seq, the table's own order: filtered on kind instead,
 * each batch would walk every attack again through the kind index to sort them by seq.
 */
export const retollAttackPlaces = async (
  db: Kysely<Database>,
  known?: AncestorsOf,
): Promise<void> => {
  const { last } = await db
    .selectFrom('records')
    .select((eb) => eb.fn.max('records.seq').as('last'))
    .executeTakeFirstOrThrow()
  for (let after = 0; after < Number(last ?? 0); after += 2000)
    await retollAttackWindow(db, after, after + 2000, known)
}

/** After the gazetteer changes: drop every derived row and derive them again. */
export const rederiveEnclosingPlaces = async (
  db: Kysely<Database>,
  known?: AncestorsOf,
): Promise<void> => {
  await db.deleteFrom('record_places').where('record_places.direct', '=', 0).execute()
  await db
    .insertInto('record_places')
    .columns(['record_id', 'place_id', 'kind', 'sort_date', 'direct'])
    .expression((eb) =>
      eb
        .selectFrom('record_places as rp')
        .innerJoin('place_ancestors as pa', 'pa.place_id', 'rp.place_id')
        .whereRef('pa.ancestor_id', '<>', 'rp.place_id')
        .where('rp.direct', '=', 1)
        .select([
          'rp.record_id',
          'pa.ancestor_id',
          'rp.kind',
          'rp.sort_date',
          eb.lit(0).as('direct'),
        ])
        .distinct(),
    )
    .onConflict((oc) => oc.columns(['record_id', 'place_id']).doNothing())
    .execute()
  await retollAttackPlaces(db, known)
  await rebuildRegionRollups(db)
  await rebuildFacetDays(db)
}
