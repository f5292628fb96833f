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

  it('counts the seed’s statements by speaker, unnamed speakers apart, and by channel', async () => {
    const { statements } = Stats.parse(await (await ctx.app.request('/v1/stats')).json())
    expect(statements.bySpeaker[0]).toEqual({ speakerId: 'zelensky', statements: 7 })
    expect(statements.unnamedSpeakers).toBe(3)
    expect(statements.byChannel[0]).toEqual({ channel: 'remarks', statements: 12 })
  })

  it('takes the timeline’s filters and refuses paging ones', async () => {
    const stats = Stats.parse(await (await ctx.app.request('/v1/stats?from=2026-01-01')).json())
    expect(stats.attacksByDay).toEqual([])
    expect(stats.statements).toEqual({ bySpeaker: [], unnamedSpeakers: 0, byChannel: [] })
    const peskov = Stats.parse(await (await ctx.app.request('/v1/stats?actorId=peskov')).json())
    expect(peskov.statements.bySpeaker).toEqual([{ speakerId: 'peskov', statements: 2 }])
    expect((await ctx.app.request('/v1/stats?limit=5')).status).toBe(400)
  })

  it('refuses a text search rather than count every record under it', async () => {
    const answer = await ctx.app.request('/v1/stats?q=Moscow')
    expect(answer.status).toBe(400)
    expect(answer.headers.get('content-type')).toContain('application/problem+json')
    expect(((await answer.json()) as { issues?: unknown[] }).issues).toEqual([
      { path: 'q', message: 'unknown field' },
    ])
  })
})
