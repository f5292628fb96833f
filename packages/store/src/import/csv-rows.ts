import { type LineBounds, readLines } from './lines.ts'

export interface CsvRow {
  /** The line the row starts on; a quoted field may continue over later lines. */
  line: number
  fields: string[]
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * RFC 4180 rows: comma-separated, fields with commas, quotes or newlines in double quotes, a
 * doubled quote for a quote. Streams line by line.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array | string>,
  bounds: LineBounds = {},
): AsyncGenerator<CsvRow> {
  let fields: string[] = []
  let field = ''
  let quoted = false
  let start = 0
  for await (const { number, text } of readLines(chunks, bounds)) {
    if (!quoted) {
      start = number
      fields = []
      field = ''
      if (text.length === 0) continue
    } else {
      field += '\n'
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (quoted) {
        if (c !== '"') field += c
        else if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else if (c === ',') {
        fields.push(field)
        field = ''
      } else if (c === '"' && field.length === 0) {
        quoted = true
      } else {
        field += c
      }
    }
    if (!quoted) {
      fields.push(field)
      yield { line: start, fields }
    }
  }
  if (quoted)
    throw new CsvSyntaxError(start, 'a quoted field is not closed before the end of the file')
}

const needsQuotes = /[",\r\n]/

export const csvField = (value: string): string =>
  needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value

export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\n`
