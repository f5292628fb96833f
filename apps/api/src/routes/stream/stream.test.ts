import { Change } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp({ streamPollMs: 20 })
})
afterAll(() => ctx.store.close())

interface SseEvent {
  event?: string
  id?: string
  data?: string
}

/** Reads events off an SSE body until `enough` says stop; then aborts the connection. */
const readEvents = async (
  res: Response,
  abort: AbortController,
  enough: (events: SseEvent[]) => boolean,
) => {
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader()
  if (!reader) throw new Error('no body')
  const events: SseEvent[] = []
  let buffer = ''
  while (!enough(events)) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event: SseEvent = {}
      for (const line of block.split('\n')) {
        const [field, ...rest] = line.split(':')
        const value = rest.join(':').trimStart()
        if (field === 'event' || field === 'id' || field === 'data') event[field] = value
      }
      if (event.event) events.push(event)
      end = buffer.indexOf('\n\n')
    }
  }
  abort.abort()
  await reader.cancel().catch(() => undefined)
  return events
}

const changes = (events: SseEvent[]) =>
  events.filter((e) => e.event === 'change').map((e) => Change.parse(JSON.parse(e.data ?? '')))

describe('GET /v1/stream', () => {
  it('announces a write made after connecting, with its sequence number as the event id', async () => {
    const abort = new AbortController()
    const res = await ctx.app.request('/v1/stream', { signal: abort.signal })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const { record, meta } = await ctx.store.getRecord(julyRound.id)
    await ctx.store.updateRecord(
      record.id,
      { ...record, title: `${record.title}.` },
      meta.version,
      { by: 'test' },
    )
    const events = await readEvents(res, abort, (e) => changes(e).length >= 1)
    expect(events[0]?.event).toBe('ready')
    const [change] = changes(events)
    expect(change).toMatchObject({
      recordId: julyRound.id,
      kind: 'talk',
      operation: 'update',
      version: 2,
    })
    expect(events.find((e) => e.event === 'change')?.id).toBe(String(change?.seq))
  })

  it('replays what was missed after Last-Event-ID', async () => {
    const abort = new AbortController()
    const res = await ctx.app.request('/v1/stream', {
      signal: abort.signal,
      headers: { 'last-event-id': '0' },
    })
    const events = await readEvents(res, abort, (e) => changes(e).length >= 34)
    const replayed = changes(events)
    expect(replayed.slice(0, 33).every((c) => c.operation === 'create' && c.by === 'seed')).toBe(
      true,
    )
    expect(replayed[33]).toMatchObject({ recordId: julyRound.id, operation: 'update' })
  })

  it('refuses a Last-Event-ID it never sent', async () => {
    const res = await ctx.app.request('/v1/stream', { headers: { 'last-event-id': 'yesterday' } })
    expect(res.status).toBe(400)
  })
})
