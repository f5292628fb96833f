import { Actor, Place, Source } from '@sitrep/domain'
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
