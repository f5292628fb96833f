import { FactView } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('GET /v1/disputes', () => {
  it('lists the July round’s date as the seed’s one dispute, with both claims and their sources', async () => {
    const res = await ctx.app.request('/v1/disputes')
    const { items } = z.object({ items: z.array(FactView) }).parse(await res.json())
    expect(items.map((d) => [d.recordId, d.fact])).toEqual([['talk-istanbul-2025-07', 'date']])
    const sides = items[0]?.positions.map((p) => p.claims.map((c) => [c.id, c.sourceId]))
    expect(sides).toEqual([
      [['r3-date-zelensky', 'src-istanbul-talks-2025-07-21']],
      [['r3-date-tass', 'src-istanbul-talks-2025-07-21']],
    ])
    // each side names who first reported it: Umerov (through Zelensky), and TASS
    expect(items[0]?.positions.map((p) => p.origins)).toEqual([
      [{ type: 'actor', actorId: 'umerov' }],
      [{ type: 'actor', actorId: 'tass' }],
    ])
  })
})
