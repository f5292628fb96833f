import { spreadsheetSafe } from '../export/spreadsheet-safe.ts'

/**
 * How an import reads a CSV file the export wrote (export/csv-kinds.ts). A record's evidence does
 * not flatten into columns, so the `record` column holds the whole record as JSON and is what
 * import reads; the other columns are there for spreadsheets. Columns are found by name, so the
 * flat layout of any kind reads, and `id`, `kind` and `title`, where present, are checked
 * against the JSON: an edit made to them alone is refused, not lost.
 */
export interface CsvHeader {
  readonly width: number
  readonly record: number
  readonly checked: readonly { readonly column: 'id' | 'kind' | 'title'; readonly index: number }[]
}

/** The byte-order mark the export starts with for spreadsheets; a reader skips it. */
const BOM = '\uFEFF'

export const readCsvHeader = (fields: readonly string[]): CsvHeader | { error: string } => {
  const names = fields.map((name, i) => (i === 0 ? name.replace(BOM, '') : name).trim())
  const record = names.indexOf('record')
  if (record < 0)
    return {
      error:
        'the header must name a record column (the whole record as JSON), as sitrep’s CSV export writes',
    }
  const checked = (['id', 'kind', 'title'] as const).flatMap((column) => {
    const index = names.indexOf(column)
    return index < 0 ? [] : [{ column, index }]
  })
  return { width: names.length, record, checked }
}

/** The record JSON of a row, or why the row cannot be read. */
export const recordFromCsvFields = (
  fields: readonly string[],
  header: CsvHeader,
): { value: unknown } | { error: string } => {
  if (fields.length !== header.width) {
    return { error: `expected ${header.width} columns, found ${fields.length}` }
  }
  let value: unknown
  try {
    value = JSON.parse(fields[header.record] ?? '')
  } catch (error) {
    return {
      error: `column record is not valid JSON (${error instanceof Error ? error.message : error})`,
    }
  }
  if (typeof value !== 'object' || value === null)
    return { error: 'column record is not an object' }
  const mismatched = header.checked.find(({ column, index }) => {
    if (!(column in value)) return false
    const stated = Reflect.get(value, column)
    // The export writes a formula-looking title as text ('=…); either form is the same title.
    return (
      stated !== fields[index] &&
      (typeof stated !== 'string' || spreadsheetSafe(stated) !== fields[index])
    )
  })
  if (mismatched) return { error: `column ${mismatched.column} disagrees with the record JSON` }
  return { value }
}
