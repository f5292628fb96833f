import { z } from 'zod'

/**
 * The counts a list shows beside its filters, as Datasette does: for each facet, how many of the
 * matching records carry each value. Each facet is counted without its own filter, so the other
 * values stay visible (and a link adds one) while it is set.
 */
export const FacetName = z.enum(['kind', 'oblast', 'attacker', 'weapon', 'dataset', 'disputed'])
export type FacetName = z.infer<typeof FacetName>

/** How many values a facet lists before the rest are summed into one "other" entry. */
export const FACET_TOP = 10

export const FacetCount = z
  .object({
    /** The filter value that selects these records; null for the last entry, which sums the rest ("17 others"). */
    value: z.string().nullable(),
    label: z.string(),
    count: z.number().int().min(0),
    /**
     * False when more records matched than the count reads (10,000): `count` is then the count
     * among the first 10,000 and so a lower bound, as a list's `total` is.
     */
    exact: z.boolean(),
  })
  .meta({ id: 'FacetCount' })
export type FacetCount = z.infer<typeof FacetCount>

export const Facets = z.partialRecord(FacetName, z.array(FacetCount)).meta({ id: 'Facets' })
export type Facets = z.infer<typeof Facets>

/**
 * The URL parameter each facet's values filter on: the oblast facet's values are place ids, so
 * its link sets `placeId`; the others have a parameter of their own name.
 */
export const facetFilterParam = {
  kind: 'kind',
  oblast: 'placeId',
  attacker: 'attackerId',
  weapon: 'weapon',
  dataset: 'dataset',
  disputed: 'disputed',
} as const satisfies { [F in FacetName]: string }
