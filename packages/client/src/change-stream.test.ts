import { seededApp } from '@sitrep/api/testing'
import type { Change } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { type ChangeStreamState, watchChanges } from './change-stream.ts'
import type { ClientOptions } from './create-client.ts'

const kremlin = seedDataset.records.find((r) => r.id === 'st-kremlin-confirms-interest')
const followUp = (id: string) => {
  if (!kremlin) throw new Error('the seed lost the Kremlin statement')
  return { ...kremlin, id, title: `Follow-up ${id}` }
}

const eventually = async (check: () => void) => {
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 25))
    }
  }
}

/**
 * The real API over a seeded store, answering in-process, behind a network that can be cut:
 * `cut()` drops every open response and fails new requests until `restore()`.
 */
const seededApi = async () => {
  const { app, store } = await seededApp({ streamPollMs: 50 })
  let down = false
  const open = new Set<ReadableStreamDefaultController<Uint8Array>>()
  const options: ClientOptions = {
    baseUrl: 'http://sitrep.test',
    fetch: async (input, init) => {
      if (down) throw new TypeError('fetch failed')
      const response = await app.request(new Request(input, init))
      const reader = response.body?.getReader()
      if (!reader) return response
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => void open.add(controller),
        pull: async (controller) => {
          const next = await reader.read()
          if (next.done) controller.close()
          else controller.enqueue(next.value)
        },
        cancel: () => reader.cancel(),
      })
      return new Response(body, response)
    },
  }
  const cut = () => {
    down = true
    for (const controller of open) controller.error(new TypeError('network lost'))
    open.clear()
  }
  const restore = () => {
    down = false
  }
  return { store, options, cut, restore }
}

const watch = (options: ClientOptions, after?: number) => {
  const controller = new AbortController()
  const states: ChangeStreamState['state'][] = []
  const changes: Change[] = []
  const done = watchChanges(options, {
    signal: controller.signal,
    retryMs: 20,
    ...(after === undefined ? {} : { after }),
    onState: (s) => states.push(s.state),
    onChange: (c) => changes.push(c),
  })
  const stop = () => {
    controller.abort()
    return done
  }
  return { states, changes, stop }
}

describe('watchChanges', () => {
  it('connects, then hands on each write with its sequence number', {
    timeout: 60_000,
  }, async () => {
    const { store, options } = await seededApi()
    const w = watch(options)
    await eventually(() => expect(w.states).toContain('connected'))
    await store.createRecord(followUp('st-follow-up-a'), { by: 'test' })
    await eventually(() => expect(w.changes.map((c) => c.recordId)).toEqual(['st-follow-up-a']))
    expect(w.changes[0]?.operation).toBe('create')
    await w.stop()
    await store.close()
  })

  it('reconnects by itself after the network fails, resuming after the last write it saw', {
    timeout: 60_000,
  }, async () => {
    const { store, options, cut, restore } = await seededApi()
    const w = watch(options, await store.latestChange())
    await eventually(() => expect(w.states).toContain('connected'))
    await store.createRecord(followUp('st-follow-up-b'), { by: 'test' })
    await eventually(() => expect(w.changes.map((c) => c.recordId)).toContain('st-follow-up-b'))
    cut()
    await eventually(() => expect(w.states).toContain('reconnecting'))
    // Written while the connection is down: the reconnect asks for it with Last-Event-ID.
    await store.createRecord(followUp('st-follow-up-c'), { by: 'test' })
    restore()
    await eventually(() => expect(w.changes.map((c) => c.recordId)).toContain('st-follow-up-c'))
    expect(w.changes.filter((c) => c.recordId === 'st-follow-up-b')).toHaveLength(1)
    await w.stop()
    await store.close()
  })
})
