import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'
import { READ_CACHE_CONTROL } from './http-cache.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('HTTP caching of reads', () => {
  it('sends an ETag and edge-friendly Cache-Control on a GET', async () => {
    const res = await ctx.app.request('/v1/talks')
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/)
    expect(res.headers.get('cache-control')).toBe(READ_CACHE_CONTROL)
  })

  it('answers If-None-Match with the same ETag by 304 and no body', async () => {
    const first = await ctx.app.request('/v1/talks/talk-istanbul-2025-07')
    const tag = first.headers.get('etag') ?? ''
    const again = await ctx.app.request('/v1/talks/talk-istanbul-2025-07', {
      headers: { 'if-none-match': tag },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('gives a list a new ETag when a record in it changes', async () => {
    const before = (await ctx.app.request('/v1/talks')).headers.get('etag')
    const { record, meta } = await ctx.store.getRecord('talk-istanbul-2025-06')
    await ctx.store.updateRecord(
      record.id,
      { ...record, title: `${record.title} (edited)` },
      meta.version,
      {
        by: 'test',
      },
    )
    const after = await ctx.app.request('/v1/talks', { headers: { 'if-none-match': before ?? '' } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
  })

  it('tags a single record with its version, for If-Match', async () => {
    const res = await ctx.app.request('/v1/talks/talk-istanbul-2025-07')
    expect(res.headers.get('etag')).toBe('"1"')
  })

  it('does not mark errors cacheable', async () => {
    const res = await ctx.app.request('/v1/talks/nothing')
    expect(res.headers.get('cache-control')).toBeNull()
  })
})
