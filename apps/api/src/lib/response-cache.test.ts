import { actors, places } from '@sitrep/domain'
import { istanbulTalksArticle, julyRound, seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { seededApp } from '../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const title = async () =>
  (
    (await (await ctx.app.request(`/v1/talks/${julyRound.id}`)).json()) as {
      record: { title: string }
    }
  ).record.title

describe('the response cache', () => {
  it('serves a kept answer until any write, then the new data', async () => {
    expect(await title()).toBe(julyRound.title)
    expect(await title()).toBe(julyRound.title)
    const { record, meta } = await ctx.store.getRecord(julyRound.id)
    await ctx.store.updateRecord(
      record.id,
      { ...record, title: 'Retitled elsewhere' },
      meta.version,
      { by: 'test' },
    )
    expect(await title()).toBe('Retitled elsewhere')
  })

  it('serves every hit the kept bytes, whatever an earlier reader did to its copy', async () => {
    const url = `/v1/talks/${julyRound.id}`
    const first = new Uint8Array(await (await ctx.app.request(url)).arrayBuffer())
    const hit = new Uint8Array(await (await ctx.app.request(url)).arrayBuffer())
    hit.fill(0)
    expect(new Uint8Array(await (await ctx.app.request(url)).arrayBuffer())).toEqual(first)
  })

  it('retires kept answers after any write through this API, even one that leaves no revision', async () => {
    const ids = async () =>
      (
        (await (await ctx.app.request('/v1/actors')).json()) as { items: { id: string }[] }
      ).items.map((a) => a.id)
    expect(await ids()).not.toContain('cache-test-actor')
    // Written beside the API: a dictionary entry moves no change number, so the kept list stays.
    await ctx.store.publishIngest(
      {
        source: istanbulTalksArticle,
        creates: [],
        additions: [],
        actors: [{ id: 'cache-test-actor', kind: 'person', name: 'A', aliases: [], roles: [] }],
      },
      { by: 'test' },
    )
    expect(await ids()).not.toContain('cache-test-actor')
    // Any write through the API retires what it kept: here a new key, which writes no revision.
    const admin = (await ctx.store.createApiKey({ role: 'admin', label: 'a' })).key
    const created = await ctx.app.request('/v1/keys', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'reader', label: 'widget' }),
    })
    expect(created.status).toBe(201)
    expect(await ids()).toContain('cache-test-actor')
  })

  it('still answers 304 to a client that holds the kept answer', async () => {
    const first = await ctx.app.request('/v1/talks')
    const again = await ctx.app.request('/v1/talks', {
      headers: { 'if-none-match': first.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  it('never serves a kept answer past authentication: a revoked key is refused', async () => {
    const { info, key } = await ctx.store.createApiKey({ role: 'reader', label: 'r' })
    const auth = { headers: { authorization: `Bearer ${key}` } }
    expect((await ctx.app.request('/v1/events?limit=1', auth)).status).toBe(200)
    await ctx.store.revokeApiKey(info.id)
    expect((await ctx.app.request('/v1/events?limit=1', auth)).status).toBe(401)
  })
})

describe('single-flight', () => {
  it('answers identical concurrent requests for a cold URL with one query', async () => {
    const store = await openSqliteStore({ file: ':memory:' })
    await store.seed({ ...seedDataset, places, actors })
    let lists = 0
    const counted: Store = Object.assign(Object.create(store) as Store, {
      listRecordsJson: async (...args: Parameters<Store['listRecordsJson']>) => {
        lists += 1
        // Slow enough that all twenty arrive while the first is still being answered.
        await new Promise((r) => setTimeout(r, 50))
        return store.listRecordsJson(...args)
      },
    })
    const app = createApp({ store: counted, rateLimit: false })
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.request('/v1/attacks?limit=5')),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
    const bodies = new Set(await Promise.all(answers.map((a) => a.text())))
    expect(bodies.size).toBe(1)
    expect(lists).toBe(1)
    // A different URL is its own flight.
    await app.request('/v1/attacks?limit=6')
    expect(lists).toBe(2)
    await store.close()
  })
})
