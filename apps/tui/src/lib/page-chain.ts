import type { Page } from '@sitrep/client'
import { MAX_PAGE_SIZE } from '@sitrep/domain'

/**
 * One page of a list that knows how to fetch the page after it. The cursor stays inside `next`
 * (for the timeline, also which of its two parts comes next), so a caller pages any tab the same
 * way without reading cursors.
 */
export interface ChainedPage<T> {
  readonly items: T[]
  /** Absent on the last page. */
  readonly next?: (limit: number) => Promise<ChainedPage<T>>
}

/** Follows an API list's `nextCursor` from the page that `list` answers for `cursor`. */
export const chainFrom = async <T>(
  list: (limit: number, cursor: string | undefined) => Promise<Page<T>>,
  limit: number,
  cursor?: string,
): Promise<ChainedPage<T>> => {
  const { items, nextCursor } = await list(limit, cursor)
  return nextCursor
    ? { items, next: (nextLimit) => chainFrom(list, nextLimit, nextCursor) }
    : { items }
}

export const mapChain = <T, U>(page: ChainedPage<T>, to: (item: T) => U): ChainedPage<U> => {
  const { next } = page
  return {
    items: page.items.map(to),
    ...(next ? { next: async (limit: number) => mapChain(await next(limit), to) } : {}),
  }
}

/** One page holding `first`'s rows then `rest`'s, continuing where `rest` does. */
export const joinPages = <T>(first: readonly T[], rest: ChainedPage<T>): ChainedPage<T> => ({
  ...rest,
  items: [...first, ...rest.items],
})

/**
 * At least `count` rows from the start of a list (fewer if it ends first), in as few requests as
 * the API's page cap allows; the answer continues after the last row read.
 */
export const fetchDepth = async <T>(
  start: (limit: number) => Promise<ChainedPage<T>>,
  count: number,
): Promise<ChainedPage<T>> => {
  const limitFor = (read: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, count - read))
  let page = await start(limitFor(0))
  const items = [...page.items]
  while (page.next && items.length < count) {
    page = await page.next(limitFor(items.length))
    items.push(...page.items)
  }
  return { ...page, items }
}
