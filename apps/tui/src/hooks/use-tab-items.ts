import type { SitrepClient } from '@sitrep/client'
import type { DashboardFilter, TabPage } from '../lib/fetch-tab.ts'
import { fetchTabPage } from '../lib/fetch-tab.ts'
import type { TabId } from '../tabs.ts'
import { type PagedItems, usePagedItems } from './use-paged-items.ts'

export type { DashboardFilter } from '../lib/fetch-tab.ts'

/** The rows of one dashboard tab under a filter; see `usePagedItems`. */
export const useTabItems = (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
  refreshToken: number,
  /** Rows fetched before the first render (the CLI prefetches the first tab, unfiltered). */
  initial?: { readonly tab: TabId; readonly page: TabPage },
): PagedItems =>
  usePagedItems(
    tabList(tab, filter),
    (limit) => fetchTabPage(client, tab, filter, limit),
    refreshToken,
    initial ? { list: tabList(initial.tab, {}), page: initial.page } : undefined,
  )

const tabList = (tab: TabId, filter: DashboardFilter) => `${tab}|${JSON.stringify(filter)}`
