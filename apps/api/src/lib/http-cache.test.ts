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

  it('gives different resources different ETags', async () => {
    const a = await ctx.app.request('/v1/talks/talk-istanbul-2025-07')
    const b = await ctx.app.request('/v1/talks/talk-istanbul-2025-06')
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'))
  })

  it('does not mark errors cacheable', async () => {
    const res = await ctx.app.request('/v1/talks/nothing')
    expect(res.headers.get('cache-control')).toBeNull()
  })
})
