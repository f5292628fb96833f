import { istanbulTalksArticle, julyRound } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
