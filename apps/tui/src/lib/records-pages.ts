import type { SitrepClient } from '@sitrep/client'
import type { RecordFilter, StoredRecord } from '@sitrep/domain'
import { type ChainedPage, joinPages } from './page-chain.ts'

export const hasDate = ({ record }: StoredRecord): boolean =>
  record.claims.some((c) => c.fact === 'date' && c.value.resolved)

/**
 * Before every real date. The domain's date filter matches a record by its resolved date claims,
 * so any `from` bound leaves the undated records out: this one leaves out nothing else.
 */
const EARLIEST = '0001-01-01'

type Filter = Omit<RecordFilter, 'sort' | 'kind'>

/**
 * Every kind's records (the Timeline tab), newest first, with the records of no known date after
 * every dated one, page by page. The API's `-date` order puts undated records first (they sort as the far future), so
 * reordering each page would strand dated rows of later pages below the undated ones. The
 * list is read in two parts instead: the dated records (`-date` with a `from` bound), then
 * the undated ones, which lead the unbounded `-date` list and end where its first dated row is.
 */
export const fetchRecordsPage = (
  client: SitrepClient,
  filter: Filter,
  limit: number,
): Promise<ChainedPage<StoredRecord>> => datedPage(client, filter, limit)

const datedPage = async (
  client: SitrepClient,
  filter: Filter,
  limit: number,
  cursor?: string,
): Promise<ChainedPage<StoredRecord>> => {
  const page = await client.records.list({
    from: EARLIEST,
    ...filter,
    sort: '-date',
    limit,
    cursor,
  })
  const { nextCursor } = page
  if (nextCursor)
    return { items: page.items, next: (l) => datedPage(client, filter, l, nextCursor) }
  // A date bound of the user's own already leaves out every undated record.
  if (filter.from || filter.to) return { items: page.items }
  const undated = (l: number) => undatedPage(client, filter, l)
  if (page.items.length >= limit) return { items: page.items, next: undated }
  // The dated part ended mid-page: fill the page from the undated part, so a short list
  // arrives whole in one page as it did before paging.
  return joinPages(page.items, await undated(limit - page.items.length))
}

const undatedPage = async (
  client: SitrepClient,
  filter: Filter,
  limit: number,
  cursor?: string,
): Promise<ChainedPage<StoredRecord>> => {
  const page = await client.records.list({ ...filter, sort: '-date', limit, cursor })
  const firstDated = page.items.findIndex(hasDate)
  if (firstDated >= 0) return { items: page.items.slice(0, firstDated) }
  const { nextCursor } = page
  return nextCursor
    ? { items: page.items, next: (l) => undatedPage(client, filter, l, nextCursor) }
    : { items: page.items }
}
