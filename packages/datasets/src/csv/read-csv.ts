import { Readable } from 'node:stream'
import { parse } from 'csv-parse'

/** One data row by header name, with the line it starts on (a quoted cell may span lines). */
export interface CsvRecord {
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
}

const isCells = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Streams a CSV file with a header row through csv-parse: quoted cells with commas and newlines,
 * a byte-order mark, CRLF. Rows with too few or too many cells still come through (their extra
 * or missing cells are the mapper's to judge, with a reason), so no row vanishes in the parser.
 */
export async function* readCsv(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const parser = parse({ columns: true, bom: true, relax_column_count: true, info: true })
  const source = Readable.from(chunks)
  source.on('error', (error) => parser.destroy(error))
  source.pipe(parser)
  for await (const item of parser) {
    const record: unknown = item.record
    if (isCells(record)) yield { line: item.info.lines, cells: record }
  }
}

/** A whole file already in memory (tests, small uploads) as the same stream. */
export async function* chunksOf(text: string): AsyncGenerator<string> {
  yield text
}
