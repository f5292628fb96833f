import type { Facets, FactView, ListTotal, RecordKind } from '@sitrep/domain'

/** One page of a list; `nextCursor` is absent on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor?: string
  /** What the whole filter matches, on the lists that count (records, disputes). */
  total?: ListTotal
  /** The records lists' facet counts, when the query asked for them (`facets`). */
  facets?: Facets
}

/** `/v1/disputes`: a page of disputed facts, with the whole filter's counts by kind and fact. */
export interface DisputesPage extends Page<FactView> {
  total: ListTotal
  counts: { kind: RecordKind; fact: string; count: number }[]
}
