import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { importStream } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'

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
  summary: 'Import records from NDJSON or CSV (editor role), one record per line',
  description:
    'Lines are written in batched transactions: each line lands whole or is rejected with its line number and reason; a rejected line never leaves a partial record. CSV columns are those of `/v1/export?format=csv`.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: {
    query: z.strictObject({ format: z.enum(['ndjson', 'csv']).default('ndjson') }),
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
  },
  responses: {
    200: {
      description: 'What was imported and what was rejected',
      content: { 'application/json': { schema: ImportSummary } },
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
