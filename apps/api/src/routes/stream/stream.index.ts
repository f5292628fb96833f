import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Change } from '@sitrep/domain'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'

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

/** The change feed, polled from the store so it works on every engine and across processes. */
export const streamApp = (pollMs: number) =>
  new OpenAPIHono<AppEnv>().openapi(streamRoute, async (c) => {
    const resumeFrom = c.req.valid('header')['last-event-id'] ?? c.req.valid('query').after
    const store = c.var.store
    let after = resumeFrom === undefined ? await store.latestChange() : Number(resumeFrom)
    c.header('cache-control', 'no-store')
    return streamSSE(c, async (stream) => {
      let open = true
      stream.onAbort(() => {
        open = false
      })
      await stream.writeSSE({ event: 'ready', id: String(after), data: JSON.stringify({ after }) })
      let quiet = 0
      while (open) {
        const changes: Change[] = await store.changesSince(after, BATCH)
        for (const change of changes) {
          await stream.writeSSE({
            event: 'change',
            id: String(change.seq),
            data: JSON.stringify(change),
          })
          after = change.seq
        }
        if (changes.length === BATCH) continue
        await stream.sleep(pollMs)
        quiet = changes.length ? 0 : quiet + pollMs
        if (quiet >= KEEP_ALIVE_MS) {
          await stream.write(': keep-alive\n\n')
          quiet = 0
        }
      }
    })
  })
