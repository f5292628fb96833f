import { Stats } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('GET /v1/stats', () => {
  it('gives the seed night’s casualty band and aid in euros by donor', async () => {
    const stats = Stats.parse(await (await ctx.app.request('/v1/stats')).json())
    expect(stats.attacksByDay[0]).toMatchObject({ day: '2025-07-20', killed: { low: 2, high: 2 } })
    expect(stats.aid.byDonor[0]).toEqual({
      donorId: 'germany',
      records: 2,
      eurAtLeast: 1_800_000_000,
    })
  })

  it('takes the timeline’s filters and refuses paging ones', async () => {
    const stats = Stats.parse(await (await ctx.app.request('/v1/stats?from=2026-01-01')).json())
    expect(stats.attacksByDay).toEqual([])
    expect((await ctx.app.request('/v1/stats?limit=5')).status).toBe(400)
  })
})
