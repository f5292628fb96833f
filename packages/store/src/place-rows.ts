import { type Attack, casualtyFloorInside } from '@sitrep/domain'
import type { RecordRows } from './mappers.ts'
import type { PlaceAncestorsTable } from './tables/place-ancestors.table.ts'
import type { RecordPlacesTable } from './tables/record-places.table.ts'

/** A place's enclosing places, without the place itself (the gazetteer's). */
export type AncestorsOf = (placeId: string) => readonly string[]

/** The enclosing places of each place, from the gazetteer's flattened hierarchy. */
export const ancestorsFrom = (ancestry: readonly PlaceAncestorsTable[]): AncestorsOf => {
  const enclosing = new Map<string, string[]>()
  for (const row of ancestry)
    if (row.ancestor_id !== row.place_id)
      enclosing.set(row.place_id, [...(enclosing.get(row.place_id) ?? []), row.ancestor_id])
  return (placeId) => enclosing.get(placeId) ?? []
}

const tollInside = (
  attack: Attack | undefined,
  placeId: string,
  ancestorsOf: AncestorsOf,
): Pick<RecordPlacesTable, 'killed_low' | 'injured_low'> => {
  if (!attack) return { killed_low: null, injured_low: null }
  const inside = (id: string) => id === placeId || ancestorsOf(id).includes(placeId)
  return {
    killed_low: casualtyFloorInside(attack, 'killed', inside) ?? null,
    injured_low: casualtyFloorInside(attack, 'injured', inside) ?? null,
  }
}

/**
 * A record's `record_places` rows: each place it names (`direct` 1) and, once each, every place
 * enclosing them (`direct` 0), so that a region filter is one equality. Each row of an attack
 * also holds the part of its toll known to lie inside that place, which per-region figures sum.
 */
export const placeRowsOf = (rows: RecordRows, ancestorsOf: AncestorsOf): RecordPlacesTable[] => {
  const { id: record_id, kind, sort_date } = rows.record
  const row = (place_id: string, direct: number): RecordPlacesTable => ({
    record_id,
    place_id,
    kind,
    sort_date,
    direct,
    ...tollInside(rows.tolled, place_id, ancestorsOf),
  })
  const named = new Set(rows.placeIds)
  const enclosing = new Set<string>()
  for (const id of rows.placeIds)
    for (const ancestor of ancestorsOf(id)) if (!named.has(ancestor)) enclosing.add(ancestor)
  return [...rows.placeIds.map((id) => row(id, 1)), ...[...enclosing].map((id) => row(id, 0))]
}
