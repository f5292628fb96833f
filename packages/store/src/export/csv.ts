import type { Place, RecordFilter } from '@sitrep/domain'
import { csvLine } from '../import/csv-rows.ts'
import type { DictionaryStore, RecordStore } from '../store.ts'
import { allRecords } from './all-records.ts'
import { rowContext } from './csv-cells.ts'
import { CSV_LAYOUTS, type CsvLayout, MIXED_CSV_LAYOUT } from './csv-kinds.ts'
import { spreadsheetSafe } from './spreadsheet-safe.ts'

/** The flat columns of the one kind asked for; the shared columns when several kinds or none. */
export const csvLayoutFor = (filter: RecordFilter = {}): CsvLayout => {
  const [only, ...more] = filter.kind ?? []
  return only && more.length === 0 ? CSV_LAYOUTS[only] : MIXED_CSV_LAYOUT
}

/**
 * Matching records as CSV (RFC 4180, UTF-8), header first. It starts with a byte-order mark:
 * without one, spreadsheet programs read the file in the system's legacy code page and garble
 * Cyrillic names and dashes; CSV readers and the import skip it. Cells a spreadsheet would run
 * as formulas are written as text (spreadsheet-safe.ts).
 */
export async function* exportCsv(
  store: RecordStore & DictionaryStore,
  filter?: RecordFilter,
): AsyncGenerator<string> {
  const layout = csvLayoutFor(filter)
  const places = new Map((await store.listPlaces()).map((p): [string, Place] => [p.id, p]))
  yield `\uFEFF${csvLine(layout.columns)}`
  const last = layout.columns.length - 1
  for await (const record of allRecords(store, filter)) {
    const cells = layout.cells(rowContext(record, (id) => places.get(id)))
    // The record's JSON (last) starts with `{` and is what an import reads: kept as it is.
    yield csvLine(cells.map((cell, i) => (i === last ? cell : spreadsheetSafe(cell))))
  }
}
