import type { RecordFilter } from '@sitrep/domain'
import { CSV_COLUMNS, csvFields } from '../import/csv-columns.ts'
import { csvLine } from '../import/csv-rows.ts'
import type { RecordStore } from '../store.ts'
import { allRecords } from './all-records.ts'

/** The documented CSV layout (import/csv-columns.ts), header first. */
export async function* exportCsv(
  store: RecordStore,
  filter?: RecordFilter,
): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS)
  for await (const record of allRecords(store, filter)) yield csvLine(csvFields(record))
}
