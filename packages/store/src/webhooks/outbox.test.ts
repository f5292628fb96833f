import type { SitrepRecord } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { NotFound, StaleVersion } from '../errors.ts'
import type { Store } from '../store.ts'
import { dialectsUnderTest, withStoreOf } from '../testing/dialects-under-test.ts'
import { dictionaries, editor, julyTalk, russianDroneWave } from '../testing/fixtures.ts'

const owner = 'editorkey1'
const subscribe = (store: Store, input: Partial<Parameters<Store['createSubscription']>[0]> = {}) =>
  store.createSubscription({
    url: 'https://hooks.example.org/sitrep',
    filter: {},
    events: ['record.created', 'record.updated', 'record.deleted', 'record.disputed'],
    owner,
    sealedSecret: 'sealed',
    ...input,
  })

const queue = async (store: Store, id: string) =>
  (await store.queuedDeliveries(id, 100)).map((d) => `${d.event} ${d.recordId} v${d.version}`)

const retitled = (record: SitrepRecord): SitrepRecord => ({ ...record, title: `${record.title}!` })

describe.each(dialectsUnderTest())('webhook outbox and deliveries on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('enqueues each write in its own transaction, and nothing for a refused one', () =>
    withStore(async (store) => {
      await store.loadDictionaries(dictionaries)
      const sub = await subscribe(store)
      const talk = julyTalk()
      await store.createRecord(talk, editor)
      await store.updateRecord(talk.id, retitled(talk), 1, editor)
      await expect(store.updateRecord(talk.id, talk, 1, editor)).rejects.toBeInstanceOf(
        StaleVersion,
      )
      await store.deleteRecord(talk.id, 2, editor)
      expect(await store.fanOut(100)).toBe(3)
      expect(await store.fanOut(100)).toBe(0)
      // The Istanbul date is disputed from the start: its creation raised a dispute.
      expect(await queue(store, sub.id)).toEqual([
        `record.created ${talk.id} v1`,
        `record.disputed ${talk.id} v1`,
        `record.updated ${talk.id} v2`,
        `record.deleted ${talk.id} v3`,
      ])
    }))

  it('delivers only the events and places a subscription asked for', () =>
    withStore(async (store) => {
      await store.loadDictionaries(dictionaries)
      const inTurkey = await subscribe(store, { filter: { placeId: 'tr' } })
      const attacks = await subscribe(store, {
        filter: { kind: ['attack'] },
        events: ['record.created'],
      })
      const paused = await subscribe(store)
      await store.updateSubscription(paused.id, { status: 'paused' }, { owner })
      const talk = julyTalk()
      const wave = russianDroneWave()
      await store.createRecord(talk, editor)
      await store.createRecord(wave, editor)
      await store.updateRecord(wave.id, retitled(wave), 1, editor)
      await store.fanOut(100)
      expect(await queue(store, inTurkey.id)).toEqual([
        `record.created ${talk.id} v1`,
        `record.disputed ${talk.id} v1`,
      ])
      expect(await queue(store, attacks.id)).toEqual([`record.created ${wave.id} v1`])
      expect(await queue(store, paused.id)).toEqual([])
    }))

  it('records attempts, reports health, retries, and disables with the reason', () =>
    withStore(async (store) => {
      await store.loadDictionaries(dictionaries)
      const sub = await subscribe(store, { events: ['record.created'] })
      await store.createRecord(julyTalk(), editor)
      await store.fanOut(100)
      const [first] = await store.queuedDeliveries(sub.id, 10)
      if (!first) throw new Error('nothing queued')
      const [doc] = await store.revisionDocs([first, { recordId: 'talk-unknown', version: 1 }])
      expect(doc && JSON.parse(doc.doc).id).toBe(julyTalk().id)
      const at = '2025-07-21T12:00:01.000Z'
      await store.recordOutcomes([
        {
          deliveryId: first.id,
          subscriptionId: sub.id,
          attempt: { attempt: 1, at, statusCode: 500, latencyMs: 12, responseExcerpt: 'down' },
          next: { status: 'pending', nextAttemptAt: '2025-07-21T12:00:10.000Z' },
        },
      ])
      expect((await store.getSubscription(sub.id, { owner })).health).toMatchObject({
        pending: 1,
        lastError: 'HTTP 500',
      })
      await store.recordOutcomes([
        {
          deliveryId: first.id,
          subscriptionId: sub.id,
          attempt: { attempt: 2, at, statusCode: 204, latencyMs: 3 },
          next: { status: 'delivered' },
        },
      ])
      const page = await store.listDeliveries(sub.id, { limit: 10 }, { owner })
      expect(page.items[0]?.status).toBe('delivered')
      expect(page.items[0]?.attempts.map((a) => a.statusCode)).toEqual([500, 204])
      await store.retryDelivery(sub.id, first.id, { owner })
      expect(await store.queuedDeliveries(sub.id, 10)).toHaveLength(1)
      await store.recordOutcomes([
        {
          deliveryId: first.id,
          subscriptionId: sub.id,
          attempt: { attempt: 3, at, error: 'timed out after 5 s', latencyMs: 5000 },
          next: { status: 'failed', disableReason: 'failing since 24 h: timed out after 5 s' },
        },
      ])
      const disabled = await store.getSubscription(sub.id, { owner })
      expect(disabled.status).toBe('disabled')
      expect(disabled.disabledReason).toContain('timed out')
      expect(await store.deliveryTargets()).toEqual([])
    }))

  it("records a batch of outcomes past D1's parameter budget as one batch", () =>
    withStore(async (store) => {
      await store.loadDictionaries(dictionaries)
      const sub = await subscribe(store, { events: ['record.created'] })
      for (let i = 0; i < 30; i += 1)
        await store.createRecord({ ...julyTalk(), id: `talk-batch-${i}` }, editor)
      await store.fanOut(100)
      const queued = await store.queuedDeliveries(sub.id, 100)
      expect(queued).toHaveLength(30)
      const at = '2025-07-21T12:00:01.000Z'
      await store.recordOutcomes(
        queued.map((d, i) => ({
          deliveryId: d.id,
          subscriptionId: sub.id,
          attempt: { attempt: 1, at, statusCode: i < 20 ? 204 : 503, latencyMs: i },
          next:
            i < 20
              ? { status: 'delivered' as const }
              : { status: 'pending' as const, nextAttemptAt: '2025-07-21T12:00:09.000Z' },
        })),
      )
      const left = await store.queuedDeliveries(sub.id, 100)
      expect(left.map((d) => [d.id, d.attempts, d.nextAttemptAt])).toEqual(
        queued.slice(20).map((d) => [d.id, 1, '2025-07-21T12:00:09.000Z']),
      )
      const page = await store.listDeliveries(sub.id, { limit: 100 }, { owner })
      const delivered = page.items.filter((d) => d.status === 'delivered')
      expect(delivered).toHaveLength(20)
      expect(delivered.every((d) => d.attempts[0]?.statusCode === 204)).toBe(true)
      expect(page.items.flatMap((d) => d.attempts)).toHaveLength(30)
      expect((await store.getSubscription(sub.id, { owner })).health).toMatchObject({
        pending: 10,
        lastError: 'HTTP 503',
      })
    }))

  it('keeps each editor to their own subscriptions, and deletes one whole', () =>
    withStore(async (store) => {
      const sub = await subscribe(store)
      await expect(store.getSubscription(sub.id, { owner: 'someoneelse' })).rejects.toBeInstanceOf(
        NotFound,
      )
      expect(await store.listSubscriptions({ owner: 'someoneelse' })).toEqual([])
      expect((await store.listSubscriptions({})).map((s) => s.id)).toEqual([sub.id])
      await store.deleteSubscription(sub.id, { owner })
      expect(await store.listSubscriptions({ owner })).toEqual([])
    }))
})
