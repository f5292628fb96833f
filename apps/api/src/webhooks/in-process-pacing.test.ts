import { actors, places } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { describe, expect, it } from 'vitest'
import { deliveryWorker } from './delivery-worker.ts'
import { hmacSigner } from './hmac-signer.ts'
import { IN_PROCESS_PACING } from './in-process-pacing.ts'
import { newSealingKey, newWebhookSecret, secretBox } from './secret-box.ts'
import { loopTurn } from './time-slice.ts'
import type { WebhookTransport } from './webhook-transport.ts'

/** A store with two subscribers and five writes, and a worker that sends to a list. */
const setUp = async (paced: boolean) => {
  const store = await openSqliteStore({ file: ':memory:' })
  await store.seed({ ...seedDataset, places, actors })
  const box = await secretBox(newSealingKey())
  const urls = ['https://a.example.org/hook', 'https://b.example.org/hook']
  for (const url of urls)
    await store.createSubscription({
      url,
      filter: {},
      events: ['record.created'],
      owner: 'pacing-test',
      sealedSecret: await box.seal(newWebhookSecret()),
    })
  for (let i = 0; i < 5; i += 1)
    await store.createRecord(
      { ...julyRound, id: `talk-paced-${i}`, title: `Paced ${i}` },
      {
        by: 'pacing-test',
      },
    )
  const sent: { url: string; recordId: string }[] = []
  // Answers at once, as a promise: without the pacing's turns the whole drain is microtasks.
  const transport: WebhookTransport = async ({ url, body }) => {
    sent.push({ url, recordId: JSON.parse(body).data.recordId })
    return { status: 204, excerpt: '' }
  }
  const worker = deliveryWorker({
    store,
    box,
    allowPrivateTargets: true,
    transport,
    signerFor: hmacSigner,
    ...(paced ? IN_PROCESS_PACING : { afterWrite: async () => {} }),
  })
  return { store, worker, sent, urls }
}

describe('the in-process pacing', () => {
  it('delivers every event once, in order per subscription', async () => {
    const { store, worker, sent, urls } = await setUp(true)
    const report = await worker.drain()
    expect(report.delivered).toBe(10)
    const order = Array.from({ length: 5 }, (_, i) => `talk-paced-${i}`)
    for (const url of urls)
      expect(sent.filter((s) => s.url === url).map((s) => s.recordId)).toEqual(order)
    await store.close()
  })

  it("gives a request queued on the loop a turn inside a fan-out's reads", async () => {
    for (const paced of [false, true]) {
      const { store } = await setUp(paced)
      let fannedOut = false
      let ranInside = false
      setImmediate(() => {
        ranInside = !fannedOut
      })
      // better-sqlite3's reads resolve as microtasks: unpaced, nothing else runs until the end.
      await store.fanOut(100, paced ? { betweenReads: loopTurn } : {})
      fannedOut = true
      expect(ranInside).toBe(paced)
      await store.close()
    }
  })
})
