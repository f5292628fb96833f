import type { MiddlewareHandler } from 'hono'
import { etag } from './etag.ts'

/**
 * Reads change only when someone writes, so an edge cache may serve them briefly and revalidate
 * in the background; the ETag makes each revalidation a cheap 304.
 */
export const READ_CACHE_CONTROL = 'public, max-age=15, s-maxage=60, stale-while-revalidate=300'

const cacheControl: MiddlewareHandler = async (c, next) => {
  await next()
  const read = c.req.method === 'GET' || c.req.method === 'HEAD'
  if (read && c.res.status === 200 && !c.res.headers.has('cache-control'))
    c.res.headers.set('cache-control', READ_CACHE_CONTROL)
}

/**
 * ETag on every GET (weak, from the body), `If-None-Match` → 304, and Cache-Control. An event
 * stream never ends, so hashing its body would never finish: streams are left alone.
 */
export const httpCache = (streamPaths: readonly string[]): MiddlewareHandler[] => [
  cacheControl,
  etag(streamPaths),
]
