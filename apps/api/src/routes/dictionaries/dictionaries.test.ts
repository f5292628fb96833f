import { Actor, Place, Source } from '@sitrep/domain'
import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())
const items = async <T extends z.ZodType>(path: string, item: T) =>
  z.object({ items: z.array(item) }).parse(await (await ctx.app.request(path)).json()).items

describe('dictionaries and sources', () => {
  it('lists actors with aliases (Umyerov → Umerov)', async () => {
    const umerov = (await items('/v1/actors', Actor)).find((a) => a.id === 'umerov')
    expect(umerov?.aliases).toContain('Umyerov')
  })

  it('lists places with coordinates', async () => {
    const kyiv = (await items('/v1/places', Place)).find((p) => p.id === 'ua-kyiv')
    expect(kyiv?.coordinates.lat).toBeCloseTo(50.45, 1)
  })

  it('lists the seed article and serves it with its text', async () => {
    const [source] = await items('/v1/sources', Source)
    const res = await ctx.app.request(`/v1/sources/${source?.id}`)
    expect(Source.parse(await res.json()).text).toContain('Rosaviatsiya')
  })
})

describe('GET /v1/sources pages like the other lists', () => {
  const SourcePage = z.object({ items: z.array(Source), nextCursor: z.string().optional() })
  const page = async (path: string) => SourcePage.parse(await (await ctx.app.request(path)).json())

  it('answers limit at a time, each source once, following nextCursor', async () => {
    for (const id of ['src-page-a', 'src-page-b', 'src-page-c'])
      await ctx.store.upsertSource({ ...istanbulTalksArticle, id, url: undefined })
    const seen: string[] = []
    let next: string | undefined = '/v1/sources?limit=2'
    while (next) {
      const p = await page(next)
      expect(p.items.length).toBeLessThanOrEqual(2)
      seen.push(...p.items.map((s) => s.id))
      next = p.nextCursor ? `/v1/sources?limit=2&cursor=${p.nextCursor}` : undefined
    }
    expect(seen.length).toBeGreaterThan(3)
    expect(seen).toEqual([...new Set(seen)].sort())
  })

  it('refuses unknown parameters and a limit past 500', async () => {
    expect((await ctx.app.request('/v1/sources?frobnicate=1')).status).toBe(400)
    expect((await ctx.app.request('/v1/sources?limit=100000')).status).toBe(400)
  })
})
