import type { SitrepRecord } from '@sitrep/domain'
import { dateHull, recordPlaceIds } from '../record-index.ts'

/**
 * The CSV layout, one record per row. A record's evidence does not flatten into columns, so the
 * last column holds the whole record as JSON and is what import reads; the others are there for
 * spreadsheets and are checked against it, so an edit made to them alone is refused, not lost.
 *
 * | column       | content                                                  |
 * |--------------|----------------------------------------------------------|
 * | `id`         | record id                                                |
 * | `kind`       | talk, aid, attack or statement                           |
 * | `title`      | the record's title                                       |
 * | `date_start` | earliest start of its resolved "date" claims, or empty   |
 * | `date_end`   | latest end of its resolved "date" claims, or empty       |
 * | `places`     | place ids it names, separated by spaces                  |
 * | `record`     | the whole record as JSON (authoritative)                 |
 */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'title',
  'date_start',
  'date_end',
  'places',
  'record',
] as const

export const csvFields = (record: SitrepRecord): string[] => {
  const hull = dateHull(record)
  return [
    record.id,
    record.kind,
    record.title,
    hull.start ?? '',
    hull.end ?? '',
    recordPlaceIds(record).join(' '),
    JSON.stringify(record),
  ]
}

/** The record JSON of a row, or why the row cannot be read. */
export const recordFromCsvFields = (
  fields: readonly string[],
): { value: unknown } | { error: string } => {
  if (fields.length !== CSV_COLUMNS.length) {
    return { error: `expected ${CSV_COLUMNS.length} columns, found ${fields.length}` }
  }
  const [id, kind, title, , , , json = ''] = fields
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return {
      error: `column record is not valid JSON (${error instanceof Error ? error.message : error})`,
    }
  }
  if (typeof value !== 'object' || value === null)
    return { error: 'column record is not an object' }
  const mismatched = (['id', 'kind', 'title'] as const).find(
    (column, i) => column in value && Reflect.get(value, column) !== [id, kind, title][i],
  )
  if (mismatched) return { error: `column ${mismatched} disagrees with the record JSON` }
  return { value }
}
