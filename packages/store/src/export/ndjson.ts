import type { RecordFilter } from '@sitrep/domain'
import type { RecordStore } from '../store.ts'
import { allRecords } from './all-records.ts'

/** One record per line, exactly as the NDJSON importer reads it back. */
export async function* exportNdjson(
  store: RecordStore,
  filter?: RecordFilter,
): AsyncGenerator<string> {
  for await (const record of allRecords(store, filter)) yield `${JSON.stringify(record)}\n`
}
