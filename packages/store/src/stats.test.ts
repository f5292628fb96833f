import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'

describe.each(dialectsUnderTest())('stats on $engine', (dialect) => {
  it('sums the seed: the night of 20–21 July, aid by donor, category and stage, talks by status', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await store.seed({ ...seedDataset, places, actors })
      const stats = await store.stats({})
      expect(stats.attacksByDay).toEqual([
        {
          day: '2025-07-20',
          attacks: 2,
          killed: { low: 2, high: 2 },
          injured: { low: 15, high: 15 },
        },
      ])
      expect(stats.attacksByRegion.map((r) => r.placeId)).toEqual(
        expect.arrayContaining([
          'ua-kyiv-city',
          'ua-kyiv-oblast',
          'ua-kharkiv-oblast',
          'ua-ivano-frankivsk-oblast',
        ]),
      )
      expect(stats.aid.byDonor).toEqual([
        { donorId: 'germany', records: 2, eurAtLeast: 1_800_000_000 },
        { donorId: 'norway', records: 1, eurAtLeast: 0 },
      ])
      expect(stats.aid.byStage).toEqual([
        { stage: 'request', records: 4, eurAtLeast: 5_000_000_000 },
        { stage: 'pledge', records: 2, eurAtLeast: 1_800_000_000 },
      ])
      expect(stats.aid.byCategory).toEqual([
        { category: 'military', records: 6, eurAtLeast: 6_800_000_000 },
      ])
      expect(stats.talksByStatus.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
        { status: 'confirmed', count: 1 },
        { status: 'held', count: 2 },
      ])
    } finally {
      await store.close()
    }
  })

  it('keeps the filters: nothing in a range without records', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await store.seed({ ...seedDataset, places, actors })
      const stats = await store.stats({ from: '2024-01-01', to: '2024-12-31' })
      expect(stats.attacksByDay).toEqual([])
      expect(stats.aid.byDonor).toEqual([])
    } finally {
      await store.close()
    }
  })
})
