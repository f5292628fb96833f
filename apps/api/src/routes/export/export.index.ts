import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordQuery, splitRecordQuery } from '@sitrep/domain'
import {
  CSV_LAYOUTS,
  exportCsv,
  exportGeoJson,
  exportNdjson,
  MIXED_CSV_LAYOUT,
} from '@sitrep/store'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'

const formats = {
  ndjson: { type: 'application/x-ndjson', write: exportNdjson, extension: 'ndjson' },
  csv: { type: 'text/csv; charset=utf-8', write: exportCsv, extension: 'csv' },
  geojson: { type: 'application/geo+json', write: exportGeoJson, extension: 'geojson' },
} as const

/** The timeline's filters plus the format; paging is the export's own business. */
const ExportQuery = z
  .object({
    ...RecordQuery.shape,
    format: z.enum(['ndjson', 'csv', 'geojson']).default('ndjson'),
  })
  .omit({ limit: true, cursor: true })
  .strict()

const columnsOf = (columns: readonly string[]) => columns.map((c) => `\`${c}\``).join(', ')

/** The CSV columns as the layouts define them, so the description cannot drift from the file. */
const csvDescription = [
  'CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read Cyrillic names) has flat columns per kind when `kind` names one kind:',
  ...Object.entries(CSV_LAYOUTS).map(([kind, layout]) => `- ${kind}: ${columnsOf(layout.columns)}`),
  `With no kind or several, the columns every kind has: ${columnsOf(MIXED_CSV_LAYOUT.columns)}.`,
  'Lists inside a cell are separated by spaces (ids) or `; ` (text). `lat`, `lon` and `precision` are the gazetteer point of the first place and its kind (`city`, `region`…). `killed_low`/`killed_high` are the band every count allows (high empty when no count caps it); `launched`/`intercepted`/`hit` sum the highest count of each thing counted (`hit`: those that reached their targets). `sources` lists the cited source ids, `disputed` the facts the sources disagree on. `record` is the whole record as JSON: what `POST /v1/import` reads back, the other columns checked against it.',
].join('\n')

const exportRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['export'],
  summary:
    'Every matching record, streamed as NDJSON, CSV or GeoJSON (attacks and talks as points)',
  description: csvDescription,
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The export, streamed',
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
        'application/geo+json': { schema: z.string() },
      },
    },
    ...problemResponses,
  },
})

/** Pulls the store's generator one chunk at a time: memory stays flat whatever the size. */
const streamOf = (chunks: AsyncGenerator<string>) => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
}

export const exportApp = new OpenAPIHono<AppEnv>().openapi(exportRoute, (c) => {
  const { format, ...query } = c.req.valid('query')
  const { filter } = splitRecordQuery({ ...query, limit: 1 })
  const chosen = formats[format]
  return c.body(streamOf(chosen.write(c.var.store, filter)), 200, {
    'content-type': chosen.type,
    'content-disposition': `attachment; filename="sitrep-export.${chosen.extension}"`,
    'cache-control': 'no-store',
  })
})
