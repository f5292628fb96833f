import type { SitrepRecord, Source, SourceId, SourceLookup } from '@sitrep/domain'
import type { SourceStore } from '@sitrep/store'

/**
 * The sources a page of disputed records cites, read once each, as a lookup for counting
 * origins: a syndicated copy (`copyOf`) or an outlet's article (`outletId`) is then the origin it
 * repeats, as the web and the terminal count it. Only disputed records are read for, so a page
 * costs a few source reads, never the whole source table.
 */
export const sourcesCitedBy = async (
  store: SourceStore,
  records: readonly SitrepRecord[],
): Promise<SourceLookup> => {
  const byId = new Map<SourceId, Source | undefined>()
  const read = async (ids: Iterable<SourceId>) => {
    for (const id of ids) {
      if (byId.has(id)) continue
      byId.set(id, await store.getSource(id).catch(() => undefined))
    }
  }
  await read(new Set(records.flatMap((r) => r.claims.map((c) => c.sourceId))))
  // A copy's original, so the chain ends where the words were first published.
  await read([...byId.values()].flatMap((s) => (s?.copyOf ? [s.copyOf] : [])))
  return (id) => byId.get(id)
}
