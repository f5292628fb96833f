import { SitrepApiError } from '@sitrep/client'
import type { RecordMeta, Revision, SitrepRecord, StoredRecord } from '@sitrep/domain'
import { api } from './api.ts'

export interface RecordWithHistory {
  readonly record: SitrepRecord
  readonly meta: RecordMeta
  readonly revisions: readonly Revision[]
  /** The revision that deleted it, when it is deleted: the record is then as it was before. */
  readonly deletion?: Revision
}

/** The live record, or undefined when the API answers 404 (deleted, or never there). */
const liveRecord = (id: string): Promise<StoredRecord | undefined> =>
  api.records.get(id).catch((error: unknown) => {
    if (error instanceof SitrepApiError && error.status === 404) return undefined
    throw error
  })

/**
 * A record of any kind with its revisions, both asked at once. A deleted record is read from its
 * history, as it was when deleted: nothing sitrep held is hidden, and an unknown id still
 * answers 404 (the history's).
 */
export const getAnyRecord = async (id: string): Promise<RecordWithHistory> => {
  const [live, { items: revisions }] = await Promise.all([liveRecord(id), api.records.history(id)])
  if (live) return { ...live, revisions }
  const latest = revisions.at(-1)
  const first = revisions[0]
  if (latest?.operation !== 'delete' || !first)
    throw new Error(`record ${id} is neither readable nor deleted`)
  const meta = {
    version: latest.version,
    createdAt: first.at,
    updatedAt: latest.at,
    deletedAt: latest.at,
  }
  return { record: latest.record, meta, revisions, deletion: latest }
}
