import { parse } from 'csv-parse/browser/esm'

/** One data row by header name, with the line it starts on (a quoted cell may span lines). */
export interface CsvRecord {
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
}

const isCells = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const rowOf = (item: unknown): CsvRecord | undefined => {
  if (typeof item !== 'object' || item === null || !('record' in item) || !('info' in item))
    return undefined
  const { record, info } = item
  const line =
    typeof info === 'object' && info !== null && 'lines' in info && typeof info.lines === 'number'
      ? info.lines
      : 0
  return isCells(record) ? { line, cells: record } : undefined
}

/** A file that is not CSV past some line (a quote never closed): nothing after it can be read. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError'
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`)
  }
}

/** csv-parse's errors carry the line it had reached; anything else passes through. */
const syntaxErrorOf = (error: unknown): unknown => {
  if (!(error instanceof Error) || !('code' in error) || !('lines' in error)) return error
  if (typeof error.code !== 'string' || !error.code.startsWith('CSV_')) return error
  const line = typeof error.lines === 'number' ? error.lines : 0
  // "Quote Not Closed: the parsing is finished with an opening quote at line 4" → the first part.
  return new CsvSyntaxError(line, error.message.replace(/:.*$/s, '').toLowerCase())
}

/**
 * Streams a CSV file with a header row through csv-parse: quoted cells with commas and newlines,
 * a byte-order mark, CRLF. Rows with too few or too many cells still come through (the mapper
 * judges them, with a reason), so no row vanishes in the parser. csv-parse's self-contained
 * browser build is used so the API's Worker bundle needs no Node `stream` or `Buffer`.
 */
export async function* readCsv(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const parser = parse({ columns: true, bom: true, relax_column_count: true, info: true })
  const queue: unknown[] = []
  const state: { done: boolean; failure?: unknown; wake?: () => void } = { done: false }
  const notify = () => {
    state.wake?.()
    state.wake = undefined
  }
  parser.on('data', (item: unknown) => {
    queue.push(item)
    notify()
  })
  parser.on('end', () => {
    state.done = true
    notify()
  })
  parser.on('error', (error: unknown) => {
    state.failure = syntaxErrorOf(error)
    state.done = true
    notify()
  })
  const feed = (async () => {
    const decoder = new TextDecoder()
    try {
      for await (const chunk of chunks)
        parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
      parser.end(decoder.decode())
    } catch (error) {
      state.failure = syntaxErrorOf(error)
      state.done = true
      notify()
    }
  })()
  for (;;) {
    const item = queue.shift()
    if (item !== undefined) {
      const row = rowOf(item)
      if (row) yield row
      continue
    }
    if (state.failure !== undefined) throw state.failure
    if (state.done) break
    await new Promise<void>((resolve) => {
      state.wake = resolve
    })
  }
  await feed
}

/** A whole file already in memory (tests, small uploads) as the same stream. */
export async function* chunksOf(text: string): AsyncGenerator<string> {
  yield text
}
