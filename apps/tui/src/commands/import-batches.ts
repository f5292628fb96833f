import type { ImportFormat } from '@sitrep/client'

/** A run of whole rows of the file, and the file line its first body line stands for. */
export interface Batch {
  readonly body: string
  /** File line number (1-based) of the body's first line; a CSV body repeats the header first. */
  readonly firstLine: number
  /** Body lines before the data: the repeated CSV header. */
  readonly headerLines: number
  readonly rows: number
}

const quotesIn = (line: string) => line.split('"').length - 1

/**
 * Cuts a file into batches of about `rowsPerBatch` rows, so each POST to /v1/import is a real
 * step of progress. CSV rows end only where quotes balance (a quoted field may hold newlines),
 * and every CSV batch starts with the header, as the API expects of each body.
 */
export function* importBatches(
  text: string,
  format: ImportFormat,
  rowsPerBatch: number,
): Generator<Batch> {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const header = format === 'csv' ? lines[0] : undefined
  let index = header === undefined ? 0 : 1
  while (index < lines.length) {
    const firstLine = index + 1
    const body: string[] = header === undefined ? [] : [header]
    let rows = 0
    while (index < lines.length && rows < rowsPerBatch) {
      let row = lines[index] ?? ''
      index += 1
      if (format === 'csv')
        while (quotesIn(row) % 2 === 1 && index < lines.length) {
          row += `\n${lines[index]}`
          index += 1
        }
      body.push(row)
      rows += 1
    }
    yield {
      body: `${body.join('\n')}\n`,
      firstLine,
      headerLines: header === undefined ? 0 : 1,
      rows,
    }
  }
}

/** How many rows the file holds, for the progress bar's total. */
export const countRows = (text: string, format: ImportFormat): number => {
  let rows = 0
  for (const batch of importBatches(text, format, 10_000)) rows += batch.rows
  return rows
}
