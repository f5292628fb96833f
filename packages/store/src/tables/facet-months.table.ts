/** `facet_days` summed per month of the start day (`YYYY-MM`), for a range's whole months (0025). */
export interface FacetMonthsTable {
  place_id: string
  facet: string
  kind: string
  month: string
  attacker_id: string
  disputed: number
  value: string
  n: number | string | bigint
}
