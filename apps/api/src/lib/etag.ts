import type { MiddlewareHandler } from 'hono'
import { bodyBytes, weakTagOf } from './body-tag.ts'

/** Headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5). */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']

const opaque = (tag: string) => tag.replace(/^W\//, '')

/** Weak comparison, as If-None-Match requires: W/"x" matches "x". */
const matches = (tag: string, ifNoneMatch: string | undefined) =>
  ifNoneMatch !== undefined &&
  (ifNoneMatch.trim() === '*' ||
    (ifNoneMatch.match(/(W\/)?"[^"]*"/g) ?? []).some((t) => opaque(t) === opaque(tag)))

/**
 * ETag on every successful GET, from a SHA-1 of the body unless the handler set one (a record's
 * version, or the tag of the bytes it answered with), and `If-None-Match` → 304. Hono's own middleware hashes a clone read as a stream,
 * which in Node costs several times the request itself; reading the body once as bytes does not.
 * `skip` names paths whose bodies never end (event streams) or are too large to buffer (exports).
 */
export const etag =
  (skip: readonly string[]): MiddlewareHandler =>
  async (c, next) => {
    await next()
    // Hono answers HEAD with the GET handler; its headers, the ETag among them, are the GET's.
    const read = c.req.method === 'GET' || c.req.method === 'HEAD'
    if (!read || c.res.status !== 200 || skip.includes(c.req.path)) return
    let tag = c.res.headers.get('etag')
    if (!tag) {
      const { bytes, consumed } = await bodyBytes(c.res)
      tag = weakTagOf(bytes)
      // As a Uint8Array the Node adapter writes it as it is (an ArrayBuffer becomes a stream).
      if (consumed) c.res = new Response(bytes, c.res)
      c.res.headers.set('etag', tag)
    }
    if (matches(tag, c.req.header('if-none-match'))) {
      const headers = new Headers()
      for (const name of KEPT_ON_304) {
        const value = c.res.headers.get(name)
        if (value !== null) headers.set(name, value)
      }
      await c.res.body?.cancel()
      c.res = new Response(null, { status: 304, headers })
    }
  }
