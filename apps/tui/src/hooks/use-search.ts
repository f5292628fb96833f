import type { SitrepClient } from '@sitrep/client'
import { useEffect, useState } from 'react'
import { type ListItem, recordItem } from '../lib/record-summary.ts'
import type { Loaded } from './use-tab-items.ts'

/** Full-text results for the submitted query; a query submitted later wins over an earlier one. */
export const useSearch = (client: SitrepClient, query: string): Loaded<ListItem[]> | undefined => {
  const [loaded, setLoaded] = useState<Loaded<ListItem[]>>()
  useEffect(() => {
    if (!query) return setLoaded(undefined)
    let current = true
    setLoaded({ state: 'loading' })
    client.search(query, { limit: 100 }).then(
      (page) => current && setLoaded({ state: 'ready', data: page.items.map(recordItem) }),
      (error: unknown) => current && setLoaded({ state: 'error', error }),
    )
    return () => {
      current = false
    }
  }, [client, query])
  return loaded
}
