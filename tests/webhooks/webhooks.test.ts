import { createApp } from '@sitrep/api'
import { deliveryWorker, secretBox } from '@sitrep/api/webhooks'
import { actors, CreatedSubscription, Delivery, places, type SitrepRecord } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { z } from 'zod'
import { type Receiver, startReceiver } from './receiver.ts'
import { storesUnderTest } from './stores.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string
  }
}

const SEALING_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(3)))
const talkId = 'talk-istanbul-2025-07'
const attackId = 'attack-ru-drones-ukraine-2025-07-21'

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver()
})
afterAll(() => receiver.close())

describe.each(storesUnderTest(inject('postgresUrl')))('signed webhooks over $name', (engine) => {
  let store: Store
  let app: ReturnType<typeof createApp>
  let editor: string
  const run = `${engine.name.toLowerCase()}-${Date.now()}`
  beforeAll(async () => {
    store = await engine.open()
    await store.seed({ ...seedDataset, places, actors })
    const box = await secretBox(SEALING_KEY)
    app = createApp({ store, rateLimit: false, webhooks: { box, allowPrivateTargets: true } })
    editor = (await store.createApiKey({ role: 'editor', label: 'desk' })).key
  })
  afterAll(() => store.close())

  const subscribe = async (name: string, body: Record<string, unknown>, failFirst = 0) => {
    const res = await app.request('/v1/subscriptions', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.hookUrl(`${run}-${name}`), ...body }),
    })
    expect(res.status).toBe(201)
    const created = CreatedSubscription.parse(await res.json())
    await receiver.configure(`${run}-${name}`, created.secret, failFirst)
    return created
  }

  const edit = async (id: string) => {
    const { record, meta } = await store.getRecord(id)
    const changed: SitrepRecord = { ...record, title: `${record.title} (updated)` }
    await store.updateRecord(id, changed, meta.version, { by: 'desk' })
  }

  it('delivers every event once in order, signed, to a receiver that fails 5 times first; a placeId filter gets only its own', async () => {
    const inTurkey = await subscribe('turkey', { filter: { placeId: 'tr' } })
    const flaky = await subscribe('flaky', {}, 5)
    await edit(talkId)
    await edit(attackId)
    await edit(talkId)
    await store.deleteRecord(attackId, 2, { by: 'desk' })

    // The worker's clock moves an hour a round, so each backoff is already over at the next.
    let clock = Date.now()
    const worker = deliveryWorker({
      store,
      box: await secretBox(SEALING_KEY),
      allowPrivateTargets: true,
      now: () => new Date(clock),
    })
    for (let round = 0; round < 12; round += 1) {
      await worker.round()
      clock += 60 * 60 * 1000
    }

    const turkey = await receiver.log(`${run}-turkey`)
    expect(turkey.invalid).toBe(0)
    expect(turkey.accepted.map((e) => `${e.type} ${e.recordId} v${e.version}`)).toEqual([
      `record.updated ${talkId} v2`,
      `record.updated ${talkId} v3`,
    ])

    const flakyLog = await receiver.log(`${run}-flaky`)
    const expected = [
      `record.updated ${talkId} v2`,
      `record.updated ${attackId} v2`,
      `record.updated ${talkId} v3`,
      `record.deleted ${attackId} v3`,
    ]
    expect(flakyLog.invalid).toBe(0)
    expect(flakyLog.accepted.map((e) => `${e.type} ${e.recordId} v${e.version}`)).toEqual(expected)
    expect(flakyLog.calls).toBe(expected.length + 5)

    const res = await app.request(`/v1/subscriptions/${flaky.id}/deliveries`, {
      headers: { authorization: `Bearer ${editor}` },
    })
    const page = z.object({ items: z.array(Delivery) }).parse(await res.json())
    const first = page.items.at(-1)
    expect(first?.status).toBe('delivered')
    expect(first?.attempts.map((a) => a.statusCode)).toEqual([503, 503, 503, 503, 503, 204])
    expect(first?.attempts[0]?.responseExcerpt).toBe('busy, try later')
    expect(new Set(flakyLog.accepted.map((e) => e.id))).toEqual(
      new Set(page.items.map((d) => d.id)),
    )
    expect(inTurkey.status).toBe('active')
  })

  it('sends a signed test event on request', async () => {
    const sub = await subscribe('ping', { events: ['record.created'] })
    const res = await app.request(`/v1/subscriptions/${sub.id}/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}` },
    })
    expect(await res.json()).toMatchObject({ ok: true, statusCode: 204 })
    expect((await receiver.log(`${run}-ping`)).accepted.map((e) => e.type)).toEqual([
      'webhook.test',
    ])
  })
})
