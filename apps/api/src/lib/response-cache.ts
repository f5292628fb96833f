import type { Context, MiddlewareHandler, Next } from 'hono'
import type { AppEnv } from './app-env.ts'
import { bodyBytes, weakTagOf } from './body-tag.ts'

export interface ResponseCacheOptions {
  /** Responses kept; the least recently used goes first. */
  readonly entries: number
  /** Larger bodies are served but not kept. */
  readonly maxBodyBytes: number
}

const keyOf = (c: Context<AppEnv>) => `${c.var.principal?.role ?? 'public'} ${c.req.url}`

interface Entry {
  readonly change: number
  readonly generation: number
  readonly status: number
  readonly headers: [string, string][]
  readonly body: Uint8Array<ArrayBuffer>
}

/**
 * Keeps recent GET answers in memory, keyed by URL and the caller's role, and stamped with the
 * store's latest change: any write anywhere (this process or another on the same database)
 * moves that number and retires every kept answer. A write through this process retires them
 * too, even one that leaves no revision (an actor added with evidence that was already held).
 * A dashboard polling the same list is then answered without touching the store's query path.
 * Streams and exports are never kept.
 *
 * Identical requests that arrive while the first is still being answered wait for it instead of
 * running the same query again (single-flight): 64 dashboards opening one cold URL cost one query.
 */
export const responseCache = (
  options: ResponseCacheOptions,
  skipPaths: readonly string[],
): MiddlewareHandler<AppEnv> => {
  const kept = new Map<string, Entry>()
  /** Answers being made, by key; a waiter uses one only if it was started at the same change. */
  const making = new Map<
    string,
    { change: number; generation: number; entry: Promise<Entry | undefined> }
  >()
  let generation = 0
  // A view of the kept bytes, not a copy: the Node adapter writes a Uint8Array body straight to
  // the socket, where an ArrayBuffer body is first made a web Response and read back as a stream
  // (two copies and a stream per hit). Nothing writes into a sent body, and reading the answer
  // as a Response copies it, so the kept bytes cannot change under a later hit.
  const serve = (c: Context<AppEnv>, entry: Entry) => {
    c.res = new Response(entry.body, {
      status: entry.status,
      headers: entry.headers,
    })
  }
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      await next()
      if (c.res.status < 400) generation += 1
      return
    }
    // A skipped path skips what lies under it too: `/v1/subscriptions/{id}/deliveries` changes
    // with no record write, and each editor sees only their own subscriptions.
    const skipped = skipPaths.some((p) => c.req.path === p || c.req.path.startsWith(`${p}/`))
    if (c.req.method !== 'GET' || skipped) return next()
    const key = keyOf(c)
    // Read before the answer is made: a write landing meanwhile must not stamp it as current.
    const seen = generation
    const change = await c.var.store.latestChange()
    const hit = kept.get(key)
    if (hit && hit.change === change && hit.generation === seen) {
      kept.delete(key)
      kept.set(key, hit)
      return serve(c, hit)
    }
    const pending = making.get(key)
    if (pending && pending.change === change && pending.generation === seen) {
      const shared = await pending.entry
      if (shared) return serve(c, shared)
    }
    let settle: (entry: Entry | undefined) => void = () => {}
    const mine = {
      change,
      generation: seen,
      entry: new Promise<Entry | undefined>((r) => {
        settle = r
      }),
    }
    making.set(key, mine)
    try {
      settle(await answer(c, next, change, seen))
    } catch (error) {
      settle(undefined)
      throw error
    } finally {
      if (making.get(key) === mine) making.delete(key)
    }
  }

  /** Runs the route once and keeps its answer when it is a 200 small enough to hold. */
  async function answer(
    c: Context<AppEnv>,
    next: Next,
    change: number,
    seen: number,
  ): Promise<Entry | undefined> {
    await next()
    // Only whole successes are shared: a waiter given an error would not know it was not its own.
    if (c.res.status !== 200) return undefined
    // Bytes a handler answered with are taken as they are; any other body is read once (a stream
    // clone costs more than the request in Node) and answered anew.
    const { bytes: body, consumed } = await bodyBytes(c.res)
    if (consumed) c.res = new Response(body, c.res)
    // The tag is computed once here, so a kept answer is never hashed again by the ETag layer.
    if (!c.res.headers.has('etag')) c.res.headers.set('etag', weakTagOf(body))
    const entry = {
      change,
      generation: seen,
      status: c.res.status,
      headers: [...c.res.headers],
      body,
    }
    if (body.byteLength > options.maxBodyBytes) return entry
    const key = keyOf(c)
    kept.delete(key)
    kept.set(key, entry)
    for (const oldest of kept.keys()) {
      if (kept.size <= options.entries) break
      kept.delete(oldest)
    }
    return entry
  }
}
