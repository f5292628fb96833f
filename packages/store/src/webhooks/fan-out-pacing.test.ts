import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { dictionaries, editor, julyTalk } from '../testing/fixtures.ts'

describe('a fan-out in small transactions', () => {
  it('writes its deliveries a few at a time, in order, and empties the outbox last', async () => {
    const store = await openSqliteStore({ file: ':memory:' })
    await store.loadDictionaries(dictionaries)
    const subscribe = () =>
      store.createSubscription({
        url: 'https://hooks.example.org/sitrep',
        filter: {},
        events: ['record.created', 'record.updated'],
        owner: 'editorkey1',
        sealedSecret: 'sealed',
      })
    const [a, b] = [await subscribe(), await subscribe()]
    const talk = julyTalk()
    await store.createRecord(talk, editor)
    await store.updateRecord(talk.id, { ...talk, title: `${talk.title}!` }, 1, editor)
    await store.updateRecord(talk.id, { ...talk, title: `${talk.title}!!` }, 2, editor)
    const writes: number[] = []
    const paced = { deliveriesPerWrite: 2, afterWrite: async (ms: number) => void writes.push(ms) }
    expect(await store.fanOut(100, paced)).toBe(3)
    // Six deliveries two at a time, then the outbox rows' removal.
    expect(writes).toHaveLength(4)
    expect(await store.fanOut(100, paced)).toBe(0)
    for (const sub of [a, b])
      expect((await store.queuedDeliveries(sub.id, 10)).map((d) => d.version)).toEqual([1, 2, 3])
    await store.close()
  })

  it("awaits a pause before each subscription's filter read, and plans the same", async () => {
    const store = await openSqliteStore({ file: ':memory:' })
    await store.loadDictionaries(dictionaries)
    const subscribe = () =>
      store.createSubscription({
        url: 'https://hooks.example.org/sitrep',
        filter: {},
        events: ['record.created'],
        owner: 'editorkey1',
        sealedSecret: 'sealed',
      })
    const subscriptions = [await subscribe(), await subscribe(), await subscribe()]
    await store.createRecord(julyTalk(), editor)
    let pauses = 0
    const betweenReads = async () => {
      pauses += 1
    }
    expect(await store.fanOut(100, { betweenReads })).toBe(1)
    expect(pauses).toBe(subscriptions.length)
    for (const sub of subscriptions)
      expect((await store.queuedDeliveries(sub.id, 10)).map((d) => d.version)).toEqual([1])
    await store.close()
  })
})
