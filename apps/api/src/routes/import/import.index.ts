import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { isDatasetFormat } from '@sitrep/datasets'
import { importStream } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'
import { DatasetImportSummary, importDatasetRequest } from './dataset-import.ts'

/** An import is a file: far larger than a record, still bounded so one request cannot fill a disk. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024

const contentTypes = { ndjson: /^application\/(x-)?ndjson\b/i, csv: /^text\/csv\b/i } as const

const ImportSummary = z.object({
  imported: z.number().int(),
  rejected: z.array(
    z.object({ line: z.number().int(), id: z.string().optional(), reason: z.string() }),
  ),
})

const importRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['import'],
  summary:
    'Import records from NDJSON or CSV (editor role), or a downloaded dataset: air-force, cir-events, acled (admin role)',
  description:
    'Lines are written in batched transactions: each line lands whole or is rejected with its line number and reason; a rejected line never leaves a partial record. CSV columns are those of `/v1/export?format=csv`. Datasets (`format=air-force|cir-events|acled`) are sent as multipart/form-data: `file` the CSV and, for air-force, `reference` its missiles_and_uavs.csv. Re-importing a file changes nothing; changed rows become new revisions; attacks of the same night, oblasts and sides fuse into the record sitrep holds. The summary counts rows read, records created, merged (with reasons), updated, unchanged, and lists rejected and skipped rows with reasons.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: {
    query: z.strictObject({
      format: z.enum(['ndjson', 'csv', 'air-force', 'cir-events', 'acled']).default('ndjson'),
    }),
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
        // multipart/form-data (datasets) is read by the handler: declaring a form body here
        // makes the validator refuse the NDJSON and CSV bodies above.
      },
    },
  },
  responses: {
    200: {
      description: 'What was imported and what was rejected',
      content: { 'application/json': { schema: z.union([ImportSummary, DatasetImportSummary]) } },
    },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

/** Counts bytes as they stream past and stops the import once the limit is crossed. */
async function* limited(body: ReadableStream<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  let seen = 0
  const reader = body.getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    seen += next.value.byteLength
    if (seen > max) throw new ApiError('payload-too-large', `imports are limited to ${max} bytes`)
    yield next.value
  }
}

export const importApp = new OpenAPIHono<AppEnv>().openapi(importRoute, async (c) => {
  const { format } = c.req.valid('query')
  if (isDatasetFormat(format))
    return c.json(await importDatasetRequest(c, format, MAX_IMPORT_BYTES), 200)
  const type = c.req.header('content-type') ?? ''
  if (!contentTypes[format].test(type))
    throw new ApiError(
      'unsupported-media-type',
      `send ${format} as ${format === 'csv' ? 'text/csv' : 'application/x-ndjson'}`,
    )
  const body = c.req.raw.body
  if (!body) throw new ApiError('bad-request', 'the body is empty')
  const summary = await importStream(c.var.store, limited(body, MAX_IMPORT_BYTES), {
    format,
    by: writerOf(c.var.principal),
  })
  return c.json(summary, 200)
})
