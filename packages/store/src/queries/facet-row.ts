/** One facet value's count as a query returns it; the SIZE facet is the size of the matched set. */
export interface FacetRow {
  facet: string
  value: string
  label: string | null
  n: number | string | bigint
}

export const SIZE = ''
