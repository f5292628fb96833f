import type { SitrepClient } from '@sitrep/client'
import type { StoredRecord } from '@sitrep/domain'

/**
 * Brings a deleted record back as it was: the version its deletion left is read from the
 * record's history, so the officer names the record only. A record that is not deleted is
 * refused by the API (404), as is a deletion that moved on meanwhile (412).
 */
export const restoreRecord = async (client: SitrepClient, id: string): Promise<StoredRecord> => {
  const { items } = await client.records.history(id)
  const last = items.at(-1)
  return client.records.restore(id, { version: last?.version ?? 0 })
}

export const describeRestored = ({ record, meta }: StoredRecord): string =>
  `restored ${record.kind} ${record.id} as version ${meta.version}: ${record.title}`
