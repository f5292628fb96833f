import { EventMap } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const map = async (query = '') => {
  const response = await ctx.app.request(`/v1/map${query}`)
  expect(response.status).toBe(200)
  return EventMap.parse(await response.json())
}

describe('GET /v1/map', () => {
  it("bins every one of the seed's attacks and counts them per oblast or Russian region", async () => {
    const all = await map()
    expect(all.total).toBe(2)
    expect(all.bins.reduce((n, b) => n + b.count, 0) + all.unplaced).toBe(2)
    // The strike on Kyiv, and the Ukrainian drones the seed reports over Moscow.
    expect(all.regions).toEqual([
      { placeId: 'ru-moscow-city', count: 1 },
      { placeId: 'ua-kyiv-city', count: 1 },
    ])
    expect(all.radiusKm).toBe(40)
  })

  it('takes dates, a place by name, a zoom and talks', async () => {
    expect((await map('?from=2026-01-01')).total).toBe(0)
    expect((await map('?placeId=kyiv&zoom=3')).bins).toHaveLength(1)
    expect((await map('?kind=talk')).total).toBe(3)
  })

  it('refuses what a map cannot take', async () => {
    for (const query of ['?zoom=9', '?kind=aid', '?limit=5', '?from=2025-02-01&to=2025-01-01'])
      expect((await ctx.app.request(`/v1/map${query}`)).status, query).toBe(400)
  })
})
