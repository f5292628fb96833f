import type { Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import type { RecordPlacesTable } from '../tables/record-places.table.ts'

/**
 * The rows that put records inside the regions enclosing the places they name, read from the
 * gazetteer's flattened hierarchy. Places unknown to the gazetteer enclose nothing.
 */
export const enclosingPlaceRows = async (
  db: Kysely<Database>,
  direct: readonly RecordPlacesTable[],
): Promise<RecordPlacesTable[]> => {
  const ancestors = new Map<string, string[]>()
  for (const part of chunk([...new Set(direct.map((r) => r.place_id))], rowsPerStatement(db, 1))) {
    const rows = await db
      .selectFrom('place_ancestors')
      .select(['place_ancestors.place_id', 'place_ancestors.ancestor_id'])
      .where('place_ancestors.place_id', 'in', part)
      .whereRef('place_ancestors.ancestor_id', '<>', 'place_ancestors.place_id')
      .execute()
    for (const row of rows)
      ancestors.set(row.place_id, [...(ancestors.get(row.place_id) ?? []), row.ancestor_id])
  }
  const named = new Set(direct.map((r) => `${r.record_id}\u0000${r.place_id}`))
  const added = new Map<string, RecordPlacesTable>()
  for (const row of direct) {
    for (const ancestor of ancestors.get(row.place_id) ?? []) {
      const key = `${row.record_id}\u0000${ancestor}`
      if (!named.has(key)) added.set(key, { ...row, place_id: ancestor, direct: 0 })
    }
  }
  return [...added.values()]
}

/** After the gazetteer changes: drop every derived row and derive them again. */
export const rederiveEnclosingPlaces = async (db: Kysely<Database>): Promise<void> => {
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
}
