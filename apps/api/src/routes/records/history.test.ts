import { Revision } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('GET /v1/records/{id}/history', () => {
  it('returns the seed revision of a record', async () => {
    const res = await ctx.app.request('/v1/records/talk-istanbul-2025-07/history')
    const { items } = z.object({ items: z.array(Revision) }).parse(await res.json())
    expect(items.map((r) => [r.version, r.operation])).toEqual([[1, 'create']])
  })

  it('answers 404 for an unknown record', async () => {
    expect((await ctx.app.request('/v1/records/nothing/history')).status).toBe(404)
  })
})
