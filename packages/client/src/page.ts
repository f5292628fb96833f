import type { ListTotal } from '@sitrep/domain'

/** One page of a list; `nextCursor` is absent on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor?: string
  /** What the whole filter matches, on the lists that count (records, disputes). */
  total?: ListTotal
}
