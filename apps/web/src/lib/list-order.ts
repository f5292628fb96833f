import type { RecordFilter } from '@sitrep/domain'

export type ListSort = NonNullable<RecordFilter['sort']>

/**
 * The web's lists read newest first unless the URL says otherwise; the order is always sent,
 * so the pages do not depend on the API's default.
 */
export const DEFAULT_SORT: ListSort = '-date'

export const sortLabels: Record<ListSort, string> = {
  '-date': 'Newest first',
  date: 'Oldest first',
}

/** The query with its order made explicit. */
export const inListOrder = <Q extends { sort?: ListSort | undefined }>(
  query: Q,
): Q & { sort: ListSort } => ({ ...query, sort: query.sort ?? DEFAULT_SORT })

/**
 * How many records match, when the list answer says (`total`, which older APIs do not send).
 * Read from the answer as it came, whatever the client's page type declares.
 */
export const pageTotal = (page: object | undefined): number | undefined =>
  page && 'total' in page && typeof page.total === 'number' ? page.total : undefined

/** "1 record", "1,234 records". */
export const countOf = (n: number, noun: string): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? noun : `${noun}s`}`
