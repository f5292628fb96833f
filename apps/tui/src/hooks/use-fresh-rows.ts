import type { SitrepClient } from '@sitrep/client'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { DashboardFilter } from '../lib/fetch-tab.ts'
import { belongsToTab } from '../lib/fresh-rows.ts'
import { type ListItem, recordItem } from '../lib/record-summary.ts'
import type { TabId } from '../tabs.ts'

/** The latest writes looked at: a bulk import's thousands are a refresh's job, not this one's. */
const RECENT = 20

/**
 * Records written while watching that belong to the tab but sit past the rows loaded: on a
 * store of thousands, a report dated last year lands on page 30, and a refresh of the first
 * pages never brings it in. They are fetched by id and listed first, as fresh rows are, so a
 * write shows as a row and not only in the status line.
 */
export const useFreshRows = (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
  fresh: ReadonlySet<string>,
  /** Moves when writes have settled: the time to look again. */
  writes: number,
  loaded: readonly ListItem[] | undefined,
): ListItem[] => {
  const list = `${tab}|${JSON.stringify(filter)}`
  const [found, setFound] = useState<{ for: string; items: ListItem[] }>({ for: '', items: [] })
  // Read when the effect runs: the rows loaded then, not a reason to look again.
  const shown = useRef(new Set<string>())
  shown.current = new Set(loaded?.map((i) => i.id))
  const freshNow = useRef(fresh)
  freshNow.current = fresh

  // biome-ignore lint/correctness/useExhaustiveDependencies: writes triggers the look-up
  useEffect(() => {
    const ids = [...freshNow.current].slice(-RECENT).filter((id) => !shown.current.has(id))
    if (ids.length === 0) return
    let current = true
    void Promise.allSettled(
      ids.map(async (id) => {
        const stored = await client.records.get(id)
        return (await belongsToTab(client, tab, filter, stored)) ? [recordItem(stored)] : []
      }),
    ).then((results) => {
      if (!current) return
      // Newest write first; a deleted record (404) or an unreachable API simply adds nothing.
      const items = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])).reverse()
      setFound({ for: list, items })
    })
    return () => {
      current = false
    }
  }, [list, writes, client])

  return useMemo(() => {
    if (found.for !== list) return []
    const loadedIds = new Set(loaded?.map((i) => i.id))
    return found.items.filter((i) => !loadedIds.has(i.id))
  }, [found, list, loaded])
}
