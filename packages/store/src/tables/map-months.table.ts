/**
 * `record_locations` counted per kind, month of `date_start` ('' when undated), cell (-1 for a
 * point a map must not draw), region, place and attacker ('' for none): the map's whole months.
 * Counts may stand at zero once their records are gone; readers skip such rows.
 */
export interface MapMonthsTable {
  kind: string
  month: string
  cell: number
  region_id: string
  place_id: string
  attacker_id: string
  n: number
}
