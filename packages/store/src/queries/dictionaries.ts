import type { Actor, Place } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { toActor, toPlace } from '../mappers.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { ancestorsFrom } from '../place-rows.ts'
import type { PlaceAncestorsTable } from '../tables/place-ancestors.table.ts'
import { rederiveEnclosingPlaces } from './enclosing-places.ts'

export const listActors = async (db: Kysely<Database>): Promise<Actor[]> =>
  (await db.selectFrom('actors').select('actors.doc').orderBy('actors.id').execute()).map(toActor)

export const listPlaces = async (db: Kysely<Database>): Promise<Place[]> =>
  (await db.selectFrom('places').select('places.doc').orderBy('places.id').execute()).map(toPlace)

/** Each place paired with itself and every place enclosing it; a cycle in the data stops the walk. */
export const placeAncestry = (places: readonly Place[]): PlaceAncestorsTable[] => {
  const parents = new Map(places.map((p) => [p.id, p.parentId]))
  return places.flatMap((place) => {
    const rows: PlaceAncestorsTable[] = []
    const seen = new Set<string>()
    for (let id: string | undefined = place.id; id && !seen.has(id); id = parents.get(id)) {
      seen.add(id)
      rows.push({ place_id: place.id, ancestor_id: id })
    }
    return rows
  })
}

/** Replaces both dictionaries; the caller holds the transaction. */
export const replaceDictionaries = async (
  db: Kysely<Database>,
  places: readonly Place[],
  actors: readonly Actor[],
): Promise<void> => {
  await db.deleteFrom('place_ancestors').execute()
  await db.deleteFrom('places').execute()
  // Actors editors added stay, unless the shipped dictionary now has an entry of the same id.
  await db.deleteFrom('actors').where('actors.added_by', 'is', null).execute()
  for (const part of chunk(
    actors.map((a) => a.id),
    rowsPerStatement(db, 1),
  ))
    await db.deleteFrom('actors').where('actors.id', 'in', part).execute()
  for (const part of chunk(places, rowsPerStatement(db, 4))) {
    await db
      .insertInto('places')
      .values(
        part.map((p) => ({
          id: p.id,
          name: p.name,
          parent_id: p.parentId ?? null,
          doc: JSON.stringify(p),
        })),
      )
      .execute()
  }
  const ancestry = placeAncestry(places)
  for (const part of chunk(ancestry, rowsPerStatement(db, 2))) {
    await db.insertInto('place_ancestors').values(part).execute()
  }
  await rederiveEnclosingPlaces(db, ancestorsFrom(ancestry))
  for (const part of chunk(actors, rowsPerStatement(db, 4))) {
    await db
      .insertInto('actors')
      .values(part.map((a) => ({ id: a.id, name: a.name, doc: JSON.stringify(a), added_by: null })))
      .execute()
  }
}
