import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'
import { countedPageJson } from './json-text.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('a counted page composed from JSON text', () => {
  it('is the bytes JSON.stringify gives for the parsed page, with and without a cursor', async () => {
    const total = await ctx.store.countRecords({})
    for (const limit of [2, 500]) {
      const parsed = await ctx.store.listRecords({}, { limit })
      const text = await ctx.store.listRecordsJson({}, { limit })
      expect(new TextDecoder().decode(countedPageJson(text, total))).toBe(
        JSON.stringify({ ...parsed, total }),
      )
    }
  })

  it('carries the facets after the total, as JSON.stringify would', async () => {
    const total = await ctx.store.countRecords({})
    const facets = await ctx.store.countFacets({}, ['kind', 'disputed'])
    const parsed = await ctx.store.listRecords({}, { limit: 2 })
    const text = await ctx.store.listRecordsJson({}, { limit: 2 })
    expect(new TextDecoder().decode(countedPageJson(text, total, facets))).toBe(
      JSON.stringify({ ...parsed, total, facets }),
    )
    const res = await ctx.app.request('/v1/records?limit=2&facets=kind')
    const page = (await res.json()) as { facets?: { kind?: unknown[] } }
    expect(page.facets?.kind?.length).toBeGreaterThan(0)
  })

  it('is what the records list answers, as JSON', async () => {
    const res = await ctx.app.request('/v1/records?limit=3')
    expect(res.headers.get('content-type')).toBe('application/json')
    const page = (await res.json()) as { items: unknown[]; nextCursor?: string }
    expect(page.items).toHaveLength(3)
    expect(page.nextCursor).toEqual(expect.any(String))
  })
})
