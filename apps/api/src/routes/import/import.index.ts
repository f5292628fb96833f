import { OpenAPIHono } from '@hono/zod-openapi'
import { ImportHalted, type ImportLimits, importStream } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import { haltedProblem } from './import.halted.ts'
import { importRoute } from './import.routes.ts'

const contentTypes = { ndjson: /^application\/(x-)?ndjson\b/i, csv: /^text\/csv\b/i } as const

/** The body as it streams in: read no faster than the import consumes it. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader()
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value
  } finally {
    // An import stopped early leaves the rest unread; cancelling frees it rather than buffering.
    await reader.cancel().catch(() => undefined)
  }
}

/** Record imports, bounded by `limits` (the store's defaults for any not given). */
export const importApp = (limits: Partial<ImportLimits> = {}) =>
  new OpenAPIHono<AppEnv>().openapi(importRoute, async (c) => {
    const { format } = c.req.valid('query')
    const type = c.req.header('content-type') ?? ''
    if (!contentTypes[format].test(type))
      throw new ApiError(
        'unsupported-media-type',
        `send ${format} as ${format === 'csv' ? 'text/csv' : 'application/x-ndjson'}`,
      )
    const body = c.req.raw.body
    if (!body) throw new ApiError('bad-request', 'the body is empty')
    const summary = await importStream(c.var.store, chunksOf(body), {
      format,
      by: writerOf(c.var.principal),
      limits,
    }).catch((error: unknown) => {
      throw error instanceof ImportHalted ? haltedProblem(error) : error
    })
    return c.json(summary, 200)
  })
