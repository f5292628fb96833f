import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordQuery, splitRecordQuery } from '@sitrep/domain'
import { exportCsv, exportGeoJson, exportNdjson } from '@sitrep/store'
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

const exportRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['export'],
  summary:
    'Every matching record, streamed as NDJSON, CSV or GeoJSON (attacks and talks as points)',
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
