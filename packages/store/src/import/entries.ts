import { CSV_COLUMNS, recordFromCsvFields } from './csv-columns.ts'
import { CsvSyntaxError, readCsvRows } from './csv-rows.ts'
import { readLines } from './lines.ts'

export type ImportFormat = 'ndjson' | 'csv'

/** One line of input: a value still to be validated, or why it could not even be read. */
export type Entry = { line: number; value: unknown } | { line: number; error: string }

async function* ndjsonEntries(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Entry> {
  for await (const { number, text } of readLines(chunks)) {
    if (text.trim().length === 0) continue
    try {
      yield { line: number, value: JSON.parse(text) }
    } catch (error) {
      yield {
        line: number,
        error: `invalid JSON (${error instanceof Error ? error.message : error})`,
      }
    }
  }
}

async function* csvEntries(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Entry> {
  let header = true
  try {
    for await (const row of readCsvRows(chunks)) {
      if (header) {
        header = false
        if (row.fields.join(',') !== CSV_COLUMNS.join(',')) {
          yield { line: row.line, error: `the header must be ${CSV_COLUMNS.join(',')}` }
          return
        }
        continue
      }
      yield { line: row.line, ...recordFromCsvFields(row.fields) }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    yield { line: error.line, error: error.message }
  }
}

export const readEntries = (format: ImportFormat, chunks: AsyncIterable<Uint8Array | string>) =>
  format === 'csv' ? csvEntries(chunks) : ndjsonEntries(chunks)
