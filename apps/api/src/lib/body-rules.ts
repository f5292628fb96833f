import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError } from './api-error.ts'

/** Larger than any record with hundreds of claims; an article for ingest fits too. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

/**
 * A POST with nothing to send (a restore). HTTP/1.1 frames a request body by Content-Length or
 * Transfer-Encoding; with neither there is none, though Node's adapter still gives it a stream.
 */
const bodyless = (request: Request) =>
  request.body === null ||
  request.headers.get('content-length') === '0' ||
  (!request.headers.has('content-length') && !request.headers.has('transfer-encoding'))

const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/(.+\+)?json\b/i.test(type) && !(type === '' && bodyless(c.req.raw)))
    throw new ApiError(
      'unsupported-media-type',
      `send JSON (Content-Type: application/json), not ${type || 'nothing'}`,
    )
  await next()
}

const BODYLESS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS'])

/**
 * Bodies of writes: JSON only (415 otherwise) and at most MAX_BODY_BYTES (413). Routes that take
 * files (`fileRoutes`; one ending in `/` covers the paths under it) check their own types and
 * limits.
 */
export const bodyRules = (fileRoutes: readonly string[]): MiddlewareHandler[] => {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload-too-large', `the body is over ${MAX_BODY_BYTES} bytes`)
    },
  })
  // A route ending in `/` stands for every path under it (`/v1/datasets/` for each format).
  const isFileRoute = (path: string) =>
    fileRoutes.some((route) => (route.endsWith('/') ? path.startsWith(route) : path === route))
  const applies = (method: string, path: string) => !BODYLESS.has(method) && !isFileRoute(path)
  return [
    (c, next) => (applies(c.req.method, c.req.path) ? requireJson(c, next) : next()),
    (c, next) => (applies(c.req.method, c.req.path) ? limit(c, next) : next()),
  ]
}
