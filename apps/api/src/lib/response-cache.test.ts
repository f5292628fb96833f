import { julyRound } from '@sitrep/domain/seed'
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
