import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.ts'

export interface ResponseCacheOptions {
  /** Responses kept; the least recently used goes first. */
  readonly entries: number
  /** Larger bodies are served but not kept. */
  readonly maxBodyBytes: number
}

const digest = async (body: ArrayBuffer) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-1', body))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')

interface Entry {
  readonly change: number
  readonly generation: number
  readonly status: number
  readonly headers: [string, string][]
  readonly body: ArrayBuffer
}

/**
 * Keeps recent GET answers in memory, keyed by URL and the caller's role, and stamped with the
 * store's latest change: any write anywhere (this process or another on the same database)
 * moves that number and retires every kept answer. A write through this process retires them
 * too, even one that leaves no revision (an actor added with evidence that was already held).
 * A dashboard polling the same list is then answered without touching the store's query path.
 * Streams and exports are never kept.
 */
export const responseCache = (
  options: ResponseCacheOptions,
  skipPaths: readonly string[],
): MiddlewareHandler<AppEnv> => {
  const kept = new Map<string, Entry>()
  let generation = 0
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      await next()
      if (c.res.status < 400) generation += 1
      return
    }
    if (c.req.method !== 'GET' || skipPaths.includes(c.req.path)) return next()
    const key = `${c.var.principal?.role ?? 'public'} ${c.req.url}`
    // Read before the answer is made: a write landing meanwhile must not stamp it as current.
    const seen = generation
    const change = await c.var.store.latestChange()
    const hit = kept.get(key)
    if (hit && hit.change === change && hit.generation === seen) {
      kept.delete(key)
      kept.set(key, hit)
      c.res = new Response(hit.body.slice(0), { status: hit.status, headers: hit.headers })
      return
    }
    await next()
    if (c.res.status !== 200) return
    // Read once as bytes (a stream clone costs more than the request in Node) and answered anew.
    const body = await c.res.arrayBuffer()
    c.res = new Response(body, c.res)
    if (body.byteLength > options.maxBodyBytes) return
    // The tag is computed once here, so a kept answer is never hashed again by the ETag layer.
    if (!c.res.headers.has('etag')) c.res.headers.set('etag', `W/"${await digest(body)}"`)
    kept.delete(key)
    kept.set(key, {
      change,
      generation: seen,
      status: c.res.status,
      headers: [...c.res.headers],
      body,
    })
    for (const oldest of kept.keys()) {
      if (kept.size <= options.entries) break
      kept.delete(oldest)
    }
  }
}
