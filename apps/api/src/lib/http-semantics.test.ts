import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor = ''
beforeAll(async () => {
  ctx = await seededApp({ responseCache: false })
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'e' })).key
})
afterAll(() => ctx.store.close())

describe('HTTP semantics', () => {
  it.each(['/v1/records/talk-istanbul-2025-07', '/v1/talks'])(
    'answers HEAD %s with the GET’s headers, ETag included',
    async (path) => {
      const get = await ctx.app.request(path)
      const head = await ctx.app.request(path, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
      expect(head.headers.get('etag')).toBeTruthy()
      expect(head.headers.get('cache-control')).toBe(get.headers.get('cache-control'))
      expect(await head.text()).toBe('')
    },
  )

  it('refuses a weak If-Match with 412: If-Match compares strongly', async () => {
    const path = '/v1/records/talk-istanbul-2025-07'
    const current = await ctx.app.request(path)
    const tag = current.headers.get('etag') ?? ''
    const { record } = (await current.json()) as { record: unknown }
    const res = await ctx.app.request(path, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${editor}`,
        'content-type': 'application/json',
        'if-match': `W/${tag}`,
      },
      body: JSON.stringify(record),
    })
    expect(res.status).toBe(412)
    expect(Problem.parse(await res.json()).detail).toMatch(/compares strongly/)
    expect((await ctx.app.request(path)).headers.get('etag')).toBe(tag)
  })
})
