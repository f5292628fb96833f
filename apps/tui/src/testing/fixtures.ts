import { actors, places, type SitrepRecord, type StoredRecord } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { namesFrom } from '../lib/names.ts'

/** The seed's names, as the dashboard has them once the dictionaries load. */
export const seedNames = namesFrom({ actors, places, sources: seedDataset.sources })

/** A seed record as the API sends it: first version, written when the seed was loaded. */
export const stored = (record: SitrepRecord): StoredRecord => ({
  record,
  meta: { version: 1, createdAt: '2025-07-21T12:00:00Z', updatedAt: '2025-07-21T12:00:00Z' },
})

export const seedRecord = (id: string): StoredRecord => {
  const record = seedDataset.records.find((r) => r.id === id)
  if (!record) throw new Error(`no seed record ${id}`)
  return stored(record)
}

/** Ink's frames carry colour codes when chalk finds colour; the tests read the words. */
export const plain = (frame: string | undefined): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC
  (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '')
