import type { FeedStore } from '@sitrep/store'

/** An ISO date reads as its first instant. */
const instantOf = (at: string) => Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at)

/**
 * The last revision written before an instant: the change feed is numbered in write order and
 * stamped as written, so a binary search over its numbers finds the point in about twenty
 * single-row reads, whatever the store's size.
 */
export const revisionAt = async (feed: FeedStore, at: string): Promise<number> => {
  const target = instantOf(at)
  let low = 0
  let high = await feed.latestChange()
  // Invariant: change `low` (or nothing, at 0) is before the instant; every change after `high` is not.
  while (low < high) {
    const mid = Math.floor((low + high + 1) / 2)
    const [next] = await feed.changesSince(mid - 1, 1)
    if (next && Date.parse(next.at) < target) low = next.seq
    else high = mid - 1
  }
  return low
}
