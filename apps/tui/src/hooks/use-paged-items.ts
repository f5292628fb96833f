import { useCallback, useEffect, useRef, useState } from 'react'
import { PAGE_SIZE, type TabPage } from '../lib/fetch-tab.ts'
import { fetchDepth } from '../lib/page-chain.ts'
import { appendPage, type ListItem } from '../lib/record-summary.ts'

export type Loaded<T> =
  | { readonly state: 'loading'; readonly data?: T }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'error'; readonly error: unknown; readonly data?: T }

/** Whether rows exist past the loaded ones, and how fetching them goes. */
export type More =
  | { readonly state: 'none' }
  | { readonly state: 'available' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: unknown }

export interface PagedItems {
  readonly loaded: Loaded<ListItem[]>
  readonly more: More
  /** Fetches the next page; does nothing while a page or a refresh is on its way. */
  readonly loadMore: () => void
}

interface Pages {
  /** The list (tab and filter, or query) these rows belong to. */
  readonly for: string
  readonly loaded: Loaded<ListItem[]>
  readonly next: TabPage['next']
  readonly more: 'idle' | 'loading' | { readonly failed: unknown }
}

const moreOf = (pages: Pages): More => {
  if (typeof pages.more === 'object') return { state: 'failed', error: pages.more.failed }
  if (pages.more === 'loading') return { state: 'loading' }
  return pages.next ? { state: 'available' } : { state: 'none' }
}

const LOADING: PagedItems = {
  loaded: { state: 'loading' },
  more: { state: 'none' },
  loadMore: () => {},
}

/**
 * The rows of one list, a page at a time. The first page is fetched whenever `list` (a key naming
 * what is listed: a tab and its filter, a search query) changes; `loadMore` appends the next.
 * `refreshToken` changing fetches again as deep as the officer had scrolled (see the effect),
 * keeping the old rows on screen meanwhile, so a live update never blanks the list; another list
 * does not, so keys never act on rows that belong to the previous one. Only the latest request's
 * answer is kept.
 */
export const usePagedItems = (
  list: string,
  /** The first `limit` rows of `list`; read when `list` or `refreshToken` changes. */
  fetchFirst: (limit: number) => Promise<TabPage>,
  refreshToken: number,
  /** Rows fetched before the first render, and the list they belong to. */
  initial?: { readonly list: string; readonly page: TabPage },
): PagedItems => {
  const [pages, setPages] = useState<Pages>(() => ({
    for: initial?.list ?? '',
    loaded: initial ? { state: 'ready', data: initial.page.items } : { state: 'loading' },
    next: initial?.page.next,
    more: 'idle',
  }))
  // Callbacks read the rows from here: two keys can ask for more before React redraws.
  const latest = useRef(pages)
  const show = useCallback((next: Pages) => {
    latest.current = next
    setPages(next)
  }, [])
  // The request whose answer will be kept; a newer one, or unmounting, drops the older answer.
  const pending = useRef<symbol | undefined>(undefined)
  useEffect(
    () => () => {
      pending.current = undefined
    },
    [],
  )
  // Read by the effect when `list` changes: a caller's new function for the same list is no
  // reason to fetch again.
  const fetcher = useRef(fetchFirst)
  fetcher.current = fetchFirst

  // Prefetched rows are fresh: the first effect run would only fetch them again.
  const prefetched = useRef(initial !== undefined && initial.list === list)
  // refreshToken is an input on purpose: changing it is how callers ask for a refetch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshToken triggers the refetch
  useEffect(() => {
    if (prefetched.current) {
      prefetched.current = false
      return
    }
    const request = Symbol(list)
    pending.current = request
    const kept = latest.current.for === list ? latest.current : undefined
    // A refresh reads again as many pages as are loaded, rather than only the first page kept in
    // front of the deeper ones: the rows stay one consistent list (a record that moved between
    // pages is neither lost at the seam nor shown twice, a deleted one goes, rows written into
    // the last page show), and a selection deep in the list still finds its row instead of being
    // clamped to the first page.
    const loadedPages = Math.ceil(Math.max(1, kept?.loaded.data?.length ?? 0) / PAGE_SIZE)
    const depth = loadedPages * PAGE_SIZE
    // A page still on its way belongs to the list being replaced: its answer is dropped.
    if (kept?.more === 'loading') show({ ...kept, more: 'idle' })
    fetchDepth(fetcher.current, depth).then(
      (page) => {
        if (pending.current !== request) return
        pending.current = undefined
        show({
          for: list,
          loaded: { state: 'ready', data: page.items },
          next: page.next,
          more: 'idle',
        })
      },
      (error: unknown) => {
        if (pending.current !== request) return
        pending.current = undefined
        const data = kept?.loaded.data
        show({
          for: list,
          loaded: { state: 'error', error, ...(data ? { data } : {}) },
          next: kept?.next,
          more: 'idle',
        })
      },
    )
    return () => {
      if (pending.current === request) pending.current = undefined
    }
  }, [list, refreshToken])

  const loadMore = useCallback(() => {
    const from = latest.current
    const rows = from.loaded.data
    if (pending.current || from.for !== list || !from.next || !rows) return
    const request = Symbol(list)
    pending.current = request
    show({ ...from, more: 'loading' })
    from.next(PAGE_SIZE).then(
      (page) => {
        if (pending.current !== request) return
        pending.current = undefined
        const data = appendPage(rows, page.items)
        show({ ...latest.current, loaded: { state: 'ready', data }, next: page.next, more: 'idle' })
      },
      (error: unknown) => {
        if (pending.current !== request) return
        pending.current = undefined
        // The rows on screen stay; the failure is shown and moving near the end tries again.
        show({ ...latest.current, more: { failed: error } })
      },
    )
  }, [list, show])

  if (pages.for !== list) return LOADING
  return { loaded: pages.loaded, more: moreOf(pages), loadMore }
}
