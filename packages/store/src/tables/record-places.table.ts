/**
 * Every place a record names (venue, attack sites, effect places, measure scopes) and, as
 * `direct = 0` rows, every place enclosing them: a region filter is one equality on `place_id`.
 * `kind` and `sort_date` are copied from the record so the (place, kind, date) index alone
 * narrows a filtered list to its few matching rows.
 */
export interface RecordPlacesTable {
  record_id: string
  place_id: string
  kind: string
  sort_date: string
  /** 1 when the record names the place, 0 when it encloses one the record names. */
  direct: number
  /** For an attack, the part of its toll known to lie inside this place (casualtyFloorInside). */
  killed_low: number | null
  injured_low: number | null
}
