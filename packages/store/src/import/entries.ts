import type { RejectionCode } from '../parts/import-store.ts'
import { CSV_COLUMNS, recordFromCsvFields } from './csv-columns.ts'
import { CsvSyntaxError, readCsvRows } from './csv-rows.ts'
import { type LineBounds, readLines } from './lines.ts'

export type ImportFormat = 'ndjson' | 'csv'

/** One line of input: a value still to be validated, or why it could not even be read. */
export type Entry =
  | { line: number; value: unknown }
  | { line: number; code: RejectionCode; error: string }

async function* ndjsonEntries(
  chunks: AsyncIterable<Uint8Array | string>,
  bounds: LineBounds,
): AsyncGenerator<Entry> {
  for await (const { number, text } of readLines(chunks, bounds)) {
    if (text.trim().length === 0) continue
    try {
      yield { line: number, value: JSON.parse(text) }
    } catch (error) {
      yield {
        line: number,
        code: 'invalid-json',
        error: `invalid JSON (${error instanceof Error ? error.message : error})`,
      }
    }
  }
}

async function* csvEntries(
  chunks: AsyncIterable<Uint8Array | string>,
  bounds: LineBounds,
): AsyncGenerator<Entry> {
  let header = true
  try {
    for await (const row of readCsvRows(chunks, bounds)) {
      if (header) {
        header = false
        if (row.fields.join(',') !== CSV_COLUMNS.join(',')) {
          yield {
            line: row.line,
            code: 'invalid-csv',
            error: `the header must be ${CSV_COLUMNS.join(',')}`,
          }
          return
        }
        continue
      }
      const read = recordFromCsvFields(row.fields)
      yield 'error' in read
        ? { line: row.line, code: 'invalid-csv', error: read.error }
        : { line: row.line, value: read.value }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    yield { line: error.line, code: 'invalid-csv', error: error.message }
  }
}

export const readEntries = (
  format: ImportFormat,
  chunks: AsyncIterable<Uint8Array | string>,
  bounds: LineBounds = {},
) => (format === 'csv' ? csvEntries(chunks, bounds) : ndjsonEntries(chunks, bounds))
