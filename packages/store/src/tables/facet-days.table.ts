/**
 * Live records counted for a list's total and facets (migration 0025). `place_id` is the place
 * filter a row answers: '' for none, else a country or first-level division the record lies in.
 * `facet` is '' for the record itself (the total, and the kind, attacker and disputed facets read
 * off the key), else `oblast` (only under place '') , `weapon` or `dataset` with its `value`.
 * `day` is the record's `sort_date`, `day_end` its `date_end` ('' when it has none).
 */
export interface FacetDaysTable {
  place_id: string
  facet: string
  kind: string
  day: string
  day_end: string
  attacker_id: string
  disputed: number
  value: string
  n: number | string | bigint
}
