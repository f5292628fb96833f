import type { SitrepClient } from '@sitrep/client'
import type { RecordFilter, StoredRecord } from '@sitrep/domain'
import type { ChainedPage } from './page-chain.ts'

export const hasDate = ({ record }: StoredRecord): boolean =>
  record.claims.some((c) => c.fact === 'date' && c.value.resolved)

type Filter = Omit<RecordFilter, 'sort' | 'kind'>

/**
 * Every kind's records (the Timeline tab), newest first, page by page: the API's default order,
 * which puts the records of no known date after every dated one, as the web lists them.
 */
export const fetchRecordsPage = async (
  client: SitrepClient,
  filter: Filter,
  limit: number,
  cursor?: string,
): Promise<ChainedPage<StoredRecord>> => {
  const page = await client.records.list({ ...filter, sort: '-date', limit, cursor })
  const { nextCursor } = page
  return nextCursor
    ? { items: page.items, next: (l) => fetchRecordsPage(client, filter, l, nextCursor) }
    : { items: page.items }
}
