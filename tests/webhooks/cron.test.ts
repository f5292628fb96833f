import { bundleWorker } from '@sitrep/api/worker-bundle'
import { CreatedSubscription } from '@sitrep/domain'
import { openD1Store } from '@sitrep/store/d1'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Receiver, startReceiver } from './receiver.ts'

const SEALING_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(5)))

let receiver: Receiver
let mf: Miniflare
beforeAll(async () => {
  receiver = await startReceiver()
  mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: await bundleWorker() }],
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: ['DB'],
    bindings: {
      SITREP_RATE_LIMIT_PER_MINUTE: '0',
      SITREP_WEBHOOK_KEY: SEALING_KEY,
      SITREP_WEBHOOK_ALLOW_PRIVATE: 'true',
    },
  })
})
afterAll(async () => {
  await mf?.dispose()
  await receiver?.close()
})

describe('webhooks from the Worker', () => {
  it('delivers a D1 write from the Cron Trigger, signed, to a receiver in workerd', async () => {
    expect((await mf.dispatchFetch('http://sitrep.test/health')).status).toBe(200)
    const keys = await openD1Store(await mf.getD1Database('DB'))
    const editor = (await keys.createApiKey({ role: 'editor', label: 'desk' })).key
    await keys.close()
    const auth = { authorization: `Bearer ${editor}`, 'content-type': 'application/json' }
    const made = await mf.dispatchFetch('http://sitrep.test/v1/subscriptions', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ url: receiver.hookUrl('cron'), events: ['record.updated'] }),
    })
    expect(made.status).toBe(201)
    const { secret } = CreatedSubscription.parse(await made.json())
    await receiver.configure('cron', secret)

    const path = 'http://sitrep.test/v1/records/talk-istanbul-2025-07'
    const current = (await (await mf.dispatchFetch(path)).json()) as { record: { title: string } }
    const put = await mf.dispatchFetch(path, {
      method: 'PUT',
      headers: { ...auth, 'if-match': '"1"' },
      body: JSON.stringify({ ...current.record, title: `${current.record.title} (updated)` }),
    })
    expect(put.status).toBe(200)

    // Miniflare's types give the Worker fetch-only; at run time it also has the scheduled trigger.
    const worker = (await mf.getWorker()) as unknown as {
      scheduled(options: { cron: string }): Promise<unknown>
    }
    await worker.scheduled({ cron: '* * * * *' })
    const log = await receiver.log('cron')
    expect(log.invalid).toBe(0)
    expect(log.accepted.map((e) => `${e.type} ${e.recordId} v${e.version}`)).toEqual([
      'record.updated talk-istanbul-2025-07 v2',
    ])
  })
})
