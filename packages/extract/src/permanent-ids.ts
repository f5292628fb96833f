import { type RecordId, relinkRecord, type SitrepRecord, type Source } from '@sitrep/domain'

/**
 * Drafts carry the extractor's temporary ids ("draft-attack-1"): a published draft gets an id
 * of its own, scoped by its source (the same article always gives the same ids); a merged one
 * becomes the record it was merged into.
 */
export const permanentIds = (
  source: Pick<Source, 'id'>,
  created: readonly SitrepRecord[],
  merges: ReadonlyMap<RecordId, RecordId>,
): Map<RecordId, RecordId> => {
  const rename = new Map(merges)
  const scope = source.id.replace(/^src-/, '').slice(0, 12)
  for (const record of created)
    if (!rename.has(record.id))
      rename.set(record.id, `${record.kind}-${scope}-${record.id.replace(/^draft-/, '')}`)
  return rename
}

/**
 * A published record with its own id and its links renamed; a link to a rejected draft is
 * dropped, as no record will ever hold that id.
 */
export const relinkDraft = (
  record: SitrepRecord,
  rename: ReadonlyMap<RecordId, RecordId>,
  rejected: ReadonlySet<RecordId>,
): SitrepRecord => {
  const gone = (id: RecordId | undefined) => id !== undefined && rejected.has(id)
  let trimmed: SitrepRecord = record
  if (record.kind === 'statement')
    trimmed = { ...record, aboutIds: record.aboutIds.filter((id) => !gone(id)) }
  else if (record.kind === 'talk' && gone(record.previousRoundId)) {
    const { previousRoundId: _, ...rest } = record
    trimmed = rest
  } else if (record.kind === 'aid' && gone(record.respondsToId)) {
    const { respondsToId: _, ...rest } = record
    trimmed = rest
  }
  return relinkRecord(trimmed, rename)
}
