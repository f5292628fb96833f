import type { FacetName, RecordQuery } from '@sitrep/domain'

/** The records list's filters and paging as a caller writes them: typed, every field optional. */
export type ListQuery = Partial<RecordQuery>
/** The records list's query, which may also ask for facet counts beside the page. */
export type RecordsListQuery = ListQuery & { facets?: FacetName[] }
/** The same where the kind is already fixed (`client.talks.list`). */
export type KindListQuery = Omit<RecordsListQuery, 'kind'>

/**
 * A query in the form the API's `RecordQuery` parses back from a URL: kinds joined with commas,
 * the limit and `disputed` written out. Unset fields stay undefined and Hono's client leaves them off.
 */
export const toQueryParams = <Q extends ListQuery>({ kind, limit, disputed, ...rest }: Q) => ({
  ...rest,
  ...(kind?.length ? { kind: kind.join(',') } : {}),
  ...(limit === undefined ? {} : { limit: String(limit) }),
  ...(disputed === undefined ? {} : { disputed: String(disputed) }),
})

/** The records list's query in URL form: the facets joined with commas, as the kinds are. */
export const toListParams = ({ facets, ...query }: RecordsListQuery) => ({
  ...toQueryParams(query),
  ...(facets?.length ? { facets: facets.join(',') } : {}),
})
