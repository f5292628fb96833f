/**
 * Where each live record happened, at the finest precision its sources give (domain
 * `recordLocation`), with what a map groups and filters on beside it. Tombstones have no row.
 */
export interface RecordLocationsTable {
  record_id: string
  kind: string
  date_start: string | null
  date_end: string | null
  lat: number
  lon: number
  /** exact | settlement | district | oblast | country */
  precision: string
  /** cir | acled | gazetteer | article */
  origin: string
  /** The finest gazetteer place the record names: the list a map's bin links to. */
  place_id: string | null
  /** The first-level region (oblast) the place lies in, for per-region counts. */
  region_id: string | null
  /** A fine grid cell (map-cells.ts) a map bins by; null for a point a map must not draw. */
  cell: number | null
  /** An attack's attacker, a filter of the map. */
  attacker_id: string | null
}
