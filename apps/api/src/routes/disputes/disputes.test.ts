import { FactView, type Source } from '@sitrep/domain'
import { istanbulTalksArticle, seedDataset } from '@sitrep/domain/seed'
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

  it('fills the first page, newest first, and counts the whole filter by kind and fact', async () => {
    const Page = z.object({
      items: z.array(FactView),
      nextCursor: z.string().optional(),
      total: z.object({ value: z.number(), exact: z.boolean() }),
      counts: z.array(z.object({ kind: z.string(), fact: z.string(), count: z.number() })),
    })
    const first = Page.parse(await (await ctx.app.request('/v1/disputes?limit=1')).json())
    expect(first.items).toHaveLength(1)
    expect(first.total).toEqual({ value: 1, exact: true })
    expect(first.counts).toEqual([{ kind: 'talk', fact: 'date', count: 1 }])
    const none = Page.parse(await (await ctx.app.request('/v1/disputes?kind=aid')).json())
    expect(none).toEqual({ items: [], total: { value: 0, exact: true }, counts: [] })
    const searched = Page.parse(await (await ctx.app.request('/v1/disputes?q=Istanbul')).json())
    expect(searched.items.map((d) => d.recordId)).toEqual(['talk-istanbul-2025-07'])
    const missed = Page.parse(await (await ctx.app.request('/v1/disputes?q=zzzqqq')).json())
    expect(missed.total).toEqual({ value: 0, exact: true })
  })

  it('counts a syndicated copy as its original’s origin, not a second one', async () => {
    const copy: Source = {
      ...istanbulTalksArticle,
      id: 'src-copy-of-seed',
      copyOf: istanbulTalksArticle.id,
    }
    const other: Source = { ...istanbulTalksArticle, id: 'src-another-outlet' }
    for (const source of [copy, other]) await ctx.store.upsertSource(source)
    const wave = seedDataset.records.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')
    if (wave?.kind !== 'attack') throw new Error('the seed lost its drone wave')
    const kyiv = wave.claims.find((c) => c.id === 'at1-injured-kyiv')
    if (kyiv?.fact !== 'injured') throw new Error('the seed lost its Kyiv injured claim')
    await ctx.store.createRecord(
      {
        ...wave,
        id: 'attack-copies-test',
        claims: [
          kyiv,
          { ...kyiv, id: 'copy-8', sourceId: copy.id },
          {
            ...kyiv,
            id: 'other-7',
            sourceId: other.id,
            value: { qualifier: 'exact', value: 7, scope: 'ua-kyiv' },
          },
        ],
      },
      { by: 'test', reason: 'disputes test' },
    )
    const res = await ctx.app.request('/v1/disputes')
    const { items } = z.object({ items: z.array(FactView) }).parse(await res.json())
    const injured = items.find((d) => d.recordId === 'attack-copies-test')
    expect(injured?.positions.map((p) => [p.claims.length, p.origins])).toEqual([
      [2, [{ type: 'source', sourceId: istanbulTalksArticle.id }]],
      [1, [{ type: 'source', sourceId: other.id }]],
    ])
  })
})
