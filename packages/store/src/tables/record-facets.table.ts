/**
 * The values a record is faceted and filtered by that no column of `records` holds: an attack's
 * attacker and weapon classes, and the datasets or outlets its evidence comes from (record-facets.ts).
 */
export interface RecordFacetsTable {
  record_id: string
  /** `attacker`, `weapon` or `dataset`. */
  facet: string
  value: string
}
