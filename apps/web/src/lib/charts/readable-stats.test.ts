import type { StatsQuery } from '@sitrep/client'
import type { Stats, StatsBucket } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readableStats } from './readable-stats.ts'

const DAYS_2022_2025 = 4 * 365

/** Stats whose attack series has one row per bucket over four years, as the API would sum it. */
const fourYears = (bucket: StatsBucket): Stats => {
  const rows = { day: DAYS_2022_2025, week: 209, month: 48 }[bucket]
  const step = { day: 1, week: 7, month: 0 }[bucket]
  const start = (i: number) =>
    bucket === 'month'
      ? `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`
      : new Date(Date.UTC(2022, 0, 3) + i * step * 86_400_000).toISOString().slice(0, 10)
  return {
    attacksByDay: [],
    undatedAttacks: { attacks: 0, killed: { low: 0, high: 0 }, injured: { low: 0, high: 0 } },
    attacksByRegion: [],
    aid: { byDonor: [], byCategory: [], byStage: [] },
    talksByStatus: [],
    statements: { bySpeaker: [], unnamedSpeakers: 0, byChannel: [] },
    series: {
      bucket,
      attacks: Array.from({ length: rows }, (_, i) => ({
        start: start(i),
        attacks: 1,
        killed: { low: 0, high: 0 },
        injured: { low: 0, high: 0 },
      })),
      airWar: [],
      aid: [],
    },
  }
}

describe('readableStats', () => {
  it("answers days over four years with the range's own months, in one request", async () => {
    const asked: (StatsBucket | undefined)[] = []
    const fetchStats = async (query: StatsQuery) => {
      asked.push(query.bucket)
      return fourYears(query.bucket ?? 'month')
    }
    const readable = await readableStats(fetchStats, { bucket: 'day' })
    // Never the day series: at a million records it is a 4 MB answer, thrown away.
    expect(asked).toEqual([undefined])
    expect(readable.stats.series.bucket).toBe('month')
    expect(readable.coarsenedFrom).toBe('day')
    expect(readable.starts).toHaveLength(48)
  })

  it("asks a period's fitting bucket straight away: weeks over four years by month", async () => {
    const asked: (StatsBucket | undefined)[] = []
    const fetchStats = async (query: StatsQuery) => {
      asked.push(query.bucket)
      return fourYears(query.bucket ?? 'month')
    }
    const period = { from: '2022-01-01', to: '2025-12-31' }
    const readable = await readableStats(fetchStats, { ...period, bucket: 'week' })
    expect(asked).toEqual(['month'])
    expect(readable.coarsenedFrom).toBe('week')
    // Two months by day fit: asked for as they are (this fake answers any bucket by month).
    const twoMonths: (StatsBucket | undefined)[] = []
    await readableStats(
      async (query) => {
        twoMonths.push(query.bucket)
        return fourYears('month')
      },
      { from: '2025-01-01', to: '2025-02-28', bucket: 'day' },
    )
    expect(twoMonths).toEqual(['day'])
  })

  it('keeps the bucket the range chose, in one request', async () => {
    let calls = 0
    const readable = await readableStats(async () => {
      calls++
      return fourYears('month')
    }, {})
    expect(calls).toBe(1)
    expect(readable.coarsenedFrom).toBeUndefined()
  })
})
