import type { KindListQuery, Page, SitrepClient } from '@sitrep/client'
import type { RecordFilter } from '@sitrep/domain'
import type { TabId } from '../tabs.ts'
import { type ChainedPage, chainFrom, mapChain } from './page-chain.ts'
import { disputeItem, type ListItem, recordItem } from './record-summary.ts'
import { fetchRecordsPage } from './records-pages.ts'

/** The filters the `f` screen sets: a date range, a place, an actor. */
export type DashboardFilter = Pick<RecordFilter, 'from' | 'to' | 'placeId' | 'actorId'>

/**
 * Rows per request as the selection nears the end of what is loaded: a few screens ahead, and a
 * fraction of the API's cap, so a page arrives before the officer reaches it.
 */
export const PAGE_SIZE = 200

export type TabPage = ChainedPage<ListItem>

/** The first `limit` rows of a tab (the Disputes route may answer a few more), with the call for the rest. */
export const fetchTabPage = async (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
  limit: number = PAGE_SIZE,
): Promise<TabPage> => {
  const listed = <T>(list: (query: KindListQuery) => Promise<Page<T>>) =>
    chainFrom((l, cursor) => list({ ...filter, limit: l, cursor }), limit)
  switch (tab) {
    case 'talks':
      return mapChain(await listed(client.talks.list), recordItem)
    case 'aid':
      return mapChain(await listed(client.aid.list), recordItem)
    case 'attacks':
      return mapChain(await listed(client.attacks.list), recordItem)
    case 'statements':
      return mapChain(await listed(client.statements.list), recordItem)
    case 'disputes':
      return mapChain(await listed(client.disputes), disputeItem)
    case 'timeline':
      return mapChain(await fetchRecordsPage(client, filter, limit), recordItem)
  }
}
