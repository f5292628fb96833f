import { verifyWebhook } from '@sitrep/client/webhooks'
import { Hono } from 'hono'

/** What one receiver saw: every event it accepted once, and everything else it counted. */
interface Receiver {
  secret: string
  /** Answer 503 to this many signed deliveries before accepting any. */
  failFirst: number
  calls: number
  invalid: number
  duplicates: number
  accepted: { id: string; type: string; recordId?: string; version?: number }[]
}

const receivers = new Map<string, Receiver>()
const seen = new Map<string, Set<string>>()

/**
 * A newsroom's receiver, as an edge function would be: it verifies every delivery with the
 * client's helper and keeps each event once by `webhook-id`. Runs in workerd in the tests.
 */
const app = new Hono()
  .put('/receivers/:name', async (c) => {
    const { secret, failFirst = 0 } = await c.req.json<{ secret: string; failFirst?: number }>()
    receivers.set(c.req.param('name'), {
      secret,
      failFirst,
      calls: 0,
      invalid: 0,
      duplicates: 0,
      accepted: [],
    })
    seen.set(c.req.param('name'), new Set())
    return c.body(null, 204)
  })
  .get('/receivers/:name', (c) => {
    const receiver = receivers.get(c.req.param('name'))
    return receiver ? c.json({ ...receiver, secret: undefined }) : c.notFound()
  })
  .post('/hooks/:name', async (c) => {
    const name = c.req.param('name')
    const receiver = receivers.get(name)
    const ids = seen.get(name)
    if (!receiver || !ids) return c.text('no such receiver', 404)
    receiver.calls += 1
    const body = await c.req.text()
    let event: ReturnType<typeof verifyWebhook>
    try {
      event = verifyWebhook(receiver.secret, body, c.req.raw.headers)
    } catch {
      receiver.invalid += 1
      return c.text('bad signature', 401)
    }
    if (receiver.calls <= receiver.failFirst) return c.text('busy, try later', 503)
    const id = c.req.header('webhook-id') ?? ''
    if (ids.has(id)) {
      receiver.duplicates += 1
      return c.body(null, 204)
    }
    ids.add(id)
    receiver.accepted.push(
      event.type === 'webhook.test'
        ? { id, type: event.type }
        : { id, type: event.type, recordId: event.data.recordId, version: event.data.version },
    )
    return c.body(null, 204)
  })

export default app
