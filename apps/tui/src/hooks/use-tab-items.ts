import type { SitrepClient } from '@sitrep/client'
import { useEffect, useRef, useState } from 'react'
import type { DashboardFilter } from '../lib/fetch-tab.ts'
import { fetchTab } from '../lib/fetch-tab.ts'
import type { ListItem } from '../lib/record-summary.ts'
import type { TabId } from '../tabs.ts'

export type { DashboardFilter } from '../lib/fetch-tab.ts'

export type Loaded<T> =
  | { readonly state: 'loading'; readonly data?: T }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'error'; readonly error: unknown; readonly data?: T }

/**
 * The items of one tab, fetched again whenever the tab, the filter or `refreshToken` changes.
 * An answer that arrives after the inputs changed is dropped. A refresh keeps the old rows on
 * screen while the new ones load, so a live update never blanks the list; another tab or filter
 * does not, so keys never act on rows that belong to the previous tab.
 */
export const useTabItems = (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
  refreshToken: number,
  /** Rows fetched before the first render (the CLI prefetches the first tab). */
  initial?: { readonly tab: TabId; readonly items: ListItem[] },
): Loaded<ListItem[]> => {
  const [loaded, setLoaded] = useState<{ for: string; items: Loaded<ListItem[]> }>(() =>
    initial
      ? { for: `${initial.tab}|{}`, items: { state: 'ready', data: initial.items } }
      : { for: '', items: { state: 'loading' } },
  )
  const inputs = `${tab}|${JSON.stringify(filter)}`
  // Prefetched rows are fresh: the first effect run would only fetch them again.
  const prefetched = useRef(initial !== undefined)
  // refreshToken is an input on purpose: changing it is how callers ask for a refetch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshToken triggers the refetch
  useEffect(() => {
    if (prefetched.current) {
      prefetched.current = false
      return
    }
    let current = true
    fetchTab(client, tab, filter).then(
      (data) => current && setLoaded({ for: inputs, items: { state: 'ready', data } }),
      (error: unknown) =>
        current &&
        setLoaded((previous) => ({
          for: inputs,
          items: {
            state: 'error',
            error,
            ...(previous.for === inputs && previous.items.data
              ? { data: previous.items.data }
              : {}),
          },
        })),
    )
    return () => {
      current = false
    }
  }, [client, tab, filter, refreshToken])
  return loaded.for === inputs ? loaded.items : { state: 'loading' }
}
