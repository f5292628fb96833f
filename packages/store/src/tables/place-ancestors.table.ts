/**
 * The gazetteer's hierarchy flattened: one row per (place, enclosing place), self included, so a
 * region filter is one indexed lookup instead of a recursive walk per query.
 */
export interface PlaceAncestorsTable {
  place_id: string
  ancestor_id: string
}
