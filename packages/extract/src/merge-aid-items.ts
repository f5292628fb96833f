import type { Aid } from '@sitrep/domain'
import { type Signal, wordOverlap } from './merge-signals.ts'

interface Counted {
  readonly name: string
  readonly value: number
}

/** Items a record counts exactly: "five Patriot air defense systems". */
const countedItems = (r: Aid): Counted[] =>
  r.claims.flatMap((c) =>
    c.fact === 'item' && c.value.quantity?.qualifier === 'exact'
      ? [{ name: c.value.name, value: c.value.quantity.value }]
      : [],
  )

/** Two names of one item: most of the shorter name's words in the other. */
const SAME_ITEM = 0.5

/**
 * How many of one item: a donor sends the same weapon again and again (five Patriot systems with
 * its partners in July, two of its own in August), so the same count of an item both name ties
 * two reports to one package, and another count is evidence against.
 */
export const itemCountSignal = (a: Aid, b: Aid): Signal | undefined => {
  let against: Signal | undefined
  for (const x of countedItems(a))
    for (const y of countedItems(b)) {
      if (wordOverlap(x.name, y.name) < SAME_ITEM) continue
      if (x.value === y.value) return { weight: 0.1, reason: `${x.value} ${x.name} in both` }
      against = { weight: -0.2, reason: `${x.value} ${x.name} against ${y.value}` }
    }
  return against
}
