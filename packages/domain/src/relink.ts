import type { RecordId } from './ids.ts'
import type { SitrepRecord } from './record.ts'

/**
 * A record with its own id and its links to other records renamed: drafts carry the extractor's
 * temporary ids, which become permanent ids, or the ids of the records they were merged into.
 */
export const relinkRecord = <R extends SitrepRecord>(
  record: R,
  rename: ReadonlyMap<RecordId, RecordId>,
): R => {
  const to = (id: RecordId) => rename.get(id) ?? id
  const relinked: SitrepRecord =
    record.kind === 'statement'
      ? { ...record, aboutIds: [...new Set(record.aboutIds.map(to))] }
      : record.kind === 'talk' && record.previousRoundId
        ? { ...record, previousRoundId: to(record.previousRoundId) }
        : record.kind === 'aid' && record.respondsToId
          ? { ...record, respondsToId: to(record.respondsToId) }
          : record
  return { ...record, ...relinked, id: to(record.id) }
}
