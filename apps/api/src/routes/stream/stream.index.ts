import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Change } from '@sitrep/domain'
import { streamSSE } from 'hono/streaming'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import type { ClientAddress } from '../../lib/client-address.ts'
import { problemResponses } from '../../lib/problem-responses.ts'
import { clientKey } from '../../lib/rate-limit.ts'
import { ChangeFeed, every, type Schedule } from './change-feed.ts'

/** Comment lines keep proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000
const BATCH = 200

const Seq = z.string().regex(/^\d{1,15}$/, 'must be the id of an event this stream sent')

const streamRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['stream'],
  summary: 'Server-Sent Events of every write; resume with Last-Event-ID',
  description:
    'Each `change` event carries one write (record id, kind, version, operation, who, when) with the write’s sequence number as its id. Reconnect with `Last-Event-ID` (or `?after=`) to receive what was missed; without either, the stream starts from now.',
  request: {
    headers: z.object({ 'last-event-id': Seq.optional() }),
    query: z.strictObject({ after: Seq.optional() }),
  },
  responses: {
    200: {
      description: 'An event stream',
      content: { 'text/event-stream': { schema: z.string() } },
    },
    ...problemResponses,
  },
})

export interface StreamOptions {
  /** How often the shared poll asks the store for new writes. */
  readonly pollMs: number
  /** Streams one client (API key, else address) may hold open at once. */
  readonly maxOpenPerClient: number
  readonly clientAddress?: ClientAddress | undefined
  /** Replaces the poll's timer; tests step the feed by hand. */
  readonly schedule?: Schedule
}

/**
 * The change feed, read from the store so it works on every engine and across processes. Open
 * streams wait on one shared poll and read their own changes only when it says there are some.
 */
export const streamApp = ({
  pollMs,
  maxOpenPerClient,
  clientAddress,
  schedule = every(pollMs),
}: StreamOptions) => {
  let feed: ChangeFeed | undefined
  const open = new Map<string, number>()
  const keyOf = clientKey(clientAddress)
  return new OpenAPIHono<AppEnv>().openapi(streamRoute, async (c) => {
    const client = keyOf(c)
    const held = open.get(client) ?? 0
    if (held >= maxOpenPerClient)
      throw new ApiError(
        'rate-limited',
        `${held} streams are open for this client, the most allowed (the SITREP_MAX_STREAMS_PER_CLIENT limit); close one first`,
        undefined,
        { limit: 'SITREP_MAX_STREAMS_PER_CLIENT', max: maxOpenPerClient },
      )
    // Counted before the first await, so simultaneous requests cannot all pass the check.
    open.set(client, held + 1)
    const release = () => {
      const left = (open.get(client) ?? 1) - 1
      if (left > 0) open.set(client, left)
      else open.delete(client)
    }
    const resumeFrom = c.req.valid('header')['last-event-id'] ?? c.req.valid('query').after
    const store = c.var.store
    feed ??= new ChangeFeed(store, schedule)
    const changes = feed
    let after =
      resumeFrom === undefined
        ? await store.latestChange().catch((error: unknown) => {
            release()
            throw error
          })
        : Number(resumeFrom)
    c.header('cache-control', 'no-store')
    return streamSSE(c, async (stream) => {
      const closed = new AbortController()
      stream.onAbort(() => closed.abort())
      try {
        await stream.writeSSE({
          event: 'ready',
          id: String(after),
          data: JSON.stringify({ after }),
        })
        while (!closed.signal.aborted) {
          const batch: Change[] = await store.changesSince(after, BATCH)
          for (const change of batch) {
            await stream.writeSSE({
              event: 'change',
              id: String(change.seq),
              data: JSON.stringify(change),
            })
            after = change.seq
          }
          if (batch.length === BATCH) continue
          const quiet = AbortSignal.any([closed.signal, AbortSignal.timeout(KEEP_ALIVE_MS)])
          await changes.next(after, quiet)
          if (!closed.signal.aborted && quiet.aborted) await stream.write(': keep-alive\n\n')
        }
      } finally {
        release()
      }
    })
  })
}
