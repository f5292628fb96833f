import type { SitrepRecord, Source, SourceId, SourceLookup } from '@sitrep/domain'
import type { SourceStore } from '@sitrep/store'

/**
 * The sources a page of disputed records cites, read together, as a lookup for counting
 * origins: a syndicated copy (`copyOf`) or an outlet's article (`outletId`) is then the origin it
 * repeats, as the web and the terminal count it. Only disputed records are read for, so a page
 * costs a few source reads, never the whole source table.
 */
export const sourcesCitedBy = async (
  store: SourceStore,
  records: readonly SitrepRecord[],
): Promise<SourceLookup> => {
  const byId = new Map<SourceId, Source | undefined>()
  // One read for all of them: a page cites ~200 sources, and each read is a round trip to a
  // read thread (at a million records the lookups one by one cost more than the page).
  const read = async (ids: Iterable<SourceId>) => {
    const wanted = [...ids].filter((id) => !byId.has(id))
    if (wanted.length === 0) return
    for (const id of wanted) byId.set(id, undefined)
    for (const source of await store.getSources(wanted)) byId.set(source.id, source)
  }
  await read(new Set(records.flatMap((r) => r.claims.map((c) => c.sourceId))))
  // A copy's original, so the chain ends where the words were first published.
  await read([...byId.values()].flatMap((s) => (s?.copyOf ? [s.copyOf] : [])))
  return (id) => byId.get(id)
}
