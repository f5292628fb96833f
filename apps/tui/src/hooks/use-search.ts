import type { SitrepClient } from '@sitrep/client'
import { chainFrom, mapChain } from '../lib/page-chain.ts'
import { recordItem } from '../lib/record-summary.ts'
import { type PagedItems, usePagedItems } from './use-paged-items.ts'

/**
 * Full-text results for the submitted query, best first, a page at a time like a tab's rows;
 * a query submitted later wins over an earlier one. An empty query finds nothing without asking.
 */
export const useSearch = (client: SitrepClient, query: string): PagedItems =>
  usePagedItems(
    `search|${query}`,
    async (limit) =>
      query
        ? mapChain(
            await chainFrom((l, cursor) => client.search(query, { limit: l, cursor }), limit),
            recordItem,
          )
        : { items: [] },
    0,
  )
