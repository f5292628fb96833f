import type { SitrepRecord, Source, SourceId, StoredRecord, WriteContext } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from './chunk.ts'
import type { Database } from './database.ts'
import { toStoredRecord } from './mappers.ts'
import type { ImportBatchResult } from './parts/import-store.ts'
import { type InsertRecords, insertRecords } from './queries/record-writes.ts'
import { upsertSources } from './queries/sources.ts'
import type { SearchIndex } from './search/search-index.ts'
import { importRecords, updateRecord } from './write-records.ts'

/**
 * What importing a dataset batch writes: its sources, new records, and new revisions of records
 * it holds already (a changed row, evidence fused into an article's record, a split).
 */
export interface DatasetWrite {
  readonly sources: readonly Source[]
  readonly creates: readonly SitrepRecord[]
  readonly updates: readonly { readonly record: SitrepRecord; readonly baseVersion: number }[]
}

// Well under SQLite's and D1's bound-parameter limits.
const IDS_PER_QUERY = 90

/** Live records with evidence from any of the sources: where a dataset's earlier rows went. */
export const recordsWithSources = async (
  db: Kysely<Database>,
  sourceIds: readonly SourceId[],
): Promise<StoredRecord[]> => {
  const ids = new Set<string>()
  for (const part of chunk([...new Set(sourceIds)], IDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('record_sources')
      .select('record_sources.record_id')
      .distinct()
      .where('record_sources.source_id', 'in', part)
      .execute()
    for (const r of rows) ids.add(r.record_id)
  }
  const found: StoredRecord[] = []
  for (const part of chunk([...ids], IDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('records')
      .select([
        'records.doc',
        'records.version',
        'records.created_at',
        'records.updated_at',
        'records.deleted_at',
      ])
      .where('records.id', 'in', part)
      .where('records.deleted_at', 'is', null)
      .execute()
    found.push(...rows.map(toStoredRecord))
  }
  return found
}

/**
 * The batch in the caller's transaction: creates are checked like `importRecords` (a bad or taken
 * id is rejected by index, the rest written); an update whose base version moved throws
 * StaleVersion, which rolls the batch back.
 */
export const applyDatasetWrite = async (
  db: Kysely<Database>,
  search: SearchIndex,
  input: DatasetWrite,
  ctx: WriteContext,
  now: string,
  insert: InsertRecords = insertRecords,
): Promise<ImportBatchResult> => {
  await upsertSources(db, input.sources)
  const result = await importRecords(db, search, input.creates, ctx, now, insert)
  for (const { record, baseVersion } of input.updates)
    await updateRecord(db, search, record.id, record, baseVersion, ctx, now)
  return result
}
