import type { RecordKind, RecordMeta, Revision, SitrepRecord } from '@sitrep/domain'
import { api } from './api.ts'

export interface RecordWithHistory {
  readonly record: SitrepRecord
  readonly meta: RecordMeta
  readonly revisions: readonly Revision[]
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
 * version; a tombstoned record then answers 404 like an unknown one.
 */
export const getAnyRecord = async (id: string): Promise<RecordWithHistory> => {
  const { items: revisions } = await api.history(id)
  const latest = revisions.at(-1)
  if (!latest) throw new Error(`record ${id} has no revisions`)
  const { record, meta } = await getOfKind(latest.record.kind, id)
  return { record, meta, revisions }
}
