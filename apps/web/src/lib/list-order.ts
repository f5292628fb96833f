import type { ListTotal, RecordFilter } from '@sitrep/domain'

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

/** How many records match, when the list answer says (`total`, which older APIs do not send). */
export const pageTotal = (page: { total?: ListTotal } | undefined): ListTotal | undefined =>
  page?.total

/**
 * "1 record", "1,234 records"; a count the API stopped at (it counts up to a cap) is a floor:
 * "at least 10,000 records".
 */
export const countOf = (n: number | ListTotal, noun: string): string => {
  const { value, exact } = typeof n === 'number' ? { value: n, exact: true } : n
  return `${exact ? '' : 'at least '}${value.toLocaleString('en-GB')} ${value === 1 ? noun : `${noun}s`}`
}
