import { useEffect } from 'react'
import type { PagedItems } from './use-paged-items.ts'

/** How close to the last loaded row the selection comes before the next page is fetched: a PgDn. */
export const LOAD_AHEAD = 10

export const nearEnd = (selected: number, loaded: number): boolean =>
  selected >= loaded - 1 - LOAD_AHEAD

/**
 * Fetches the next page while the selection is near the end of the loaded rows: when the officer
 * moves there, and again when a page arrives that still leaves the selection near the end (a
 * Disputes page can be short). A failed page is not retried from here, which would loop; the
 * next move near the end asks again.
 */
export const useLoadAhead = ({ loaded, more, loadMore }: PagedItems, selected: number): void => {
  const count = loaded.data?.length ?? 0
  useEffect(() => {
    if (more.state === 'available' && nearEnd(selected, count)) loadMore()
  }, [more.state, selected, count, loadMore])
}
