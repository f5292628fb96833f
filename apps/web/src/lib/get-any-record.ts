import type { RecordKind, RecordMeta, Revision, SitrepRecord } from '@sitrep/domain'
import { api } from './api.ts'

export interface RecordWithHistory {
  readonly record: SitrepRecord
  readonly meta: RecordMeta
  readonly revisions: readonly Revision[]
  /** The revision that deleted it, when it is deleted: the record is then as it was before. */
  readonly deletion?: Revision
}

const getOfKind = (kind: RecordKind, id: string) => {
  switch (kind) {
    case 'talk':
      return api.talks.get(id)
    case 'aid':
      return api.aid.get(id)
    case 'attack':
      return api.attacks.get(id)
    case 'statement':
      return api.statements.get(id)
  }
}

/**
 * A record of any kind with its revisions. The API has no kind-free `GET /v1/records/{id}` yet,
 * so the history (which any id answers) names the kind and the kind's route gives the current
 * version. A deleted record is read from its history, as it was when deleted: nothing sitrep
 * held is hidden, and an unknown id still answers 404.
 */
export const getAnyRecord = async (id: string): Promise<RecordWithHistory> => {
  const { items: revisions } = await api.history(id)
  const latest = revisions.at(-1)
  const first = revisions[0]
  if (!latest || !first) throw new Error(`record ${id} has no revisions`)
  if (latest.operation === 'delete') {
    const meta = {
      version: latest.version,
      createdAt: first.at,
      updatedAt: latest.at,
      deletedAt: latest.at,
    }
    return { record: latest.record, meta, revisions, deletion: latest }
  }
  const { record, meta } = await getOfKind(latest.record.kind, id)
  return { record, meta, revisions }
}
