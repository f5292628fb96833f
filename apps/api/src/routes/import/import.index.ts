import { OpenAPIHono } from '@hono/zod-openapi'
import { importStream } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import { importRoute } from './import.routes.ts'

/** An import is a file: far larger than a record, still bounded so one request cannot fill a disk. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024

const contentTypes = { ndjson: /^application\/(x-)?ndjson\b/i, csv: /^text\/csv\b/i } as const

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
