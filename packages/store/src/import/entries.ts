import type { RejectionCode } from '../parts/import-store.ts'
import { type CsvHeader, readCsvHeader, recordFromCsvFields } from './csv-columns.ts'
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
  let header: CsvHeader | undefined
  try {
    for await (const row of readCsvRows(chunks, bounds)) {
      if (!header) {
        const read = readCsvHeader(row.fields)
        if ('error' in read) {
          yield { line: row.line, code: 'invalid-csv', error: read.error }
          return
        }
        header = read
        continue
      }
      const read = recordFromCsvFields(row.fields, header)
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
