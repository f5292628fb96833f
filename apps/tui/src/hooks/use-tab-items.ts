import type { SitrepClient } from '@sitrep/client'
import type { RecordFilter } from '@sitrep/domain'
import { useEffect, useState } from 'react'
import { disputeItem, type ListItem, recordItem } from '../lib/record-summary.ts'
import type { TabId } from '../tabs.ts'

/** The filters the `f` screen sets: a date range, a place, an actor. */
export type DashboardFilter = Pick<RecordFilter, 'from' | 'to' | 'placeId' | 'actorId'>

export type Loaded<T> =
  | { readonly state: 'loading'; readonly data?: T }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'error'; readonly error: unknown; readonly data?: T }

/** Enough for a duty officer's screen; the CLI's export is the way to everything. */
const LIMIT = 200

export const fetchTab = async (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
): Promise<ListItem[]> => {
  const query = { ...filter, limit: LIMIT }
  switch (tab) {
    case 'talks':
      return (await client.talks.list(query)).items.map(recordItem)
    case 'aid':
      return (await client.aid.list(query)).items.map(recordItem)
    case 'attacks':
      return (await client.attacks.list(query)).items.map(recordItem)
    case 'statements':
      return (await client.statements.list(query)).items.map(recordItem)
    case 'disputes':
      return (await client.disputes(query)).items.map(disputeItem)
    case 'timeline':
      return (await client.events.list({ ...query, sort: '-date' })).items.map(recordItem)
  }
}

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
): Loaded<ListItem[]> => {
  const [loaded, setLoaded] = useState<{ for: string; items: Loaded<ListItem[]> }>({
    for: '',
    items: { state: 'loading' },
  })
  const inputs = `${tab}|${JSON.stringify(filter)}`
  // refreshToken is an input on purpose: changing it is how callers ask for a refetch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshToken triggers the refetch
  useEffect(() => {
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
