import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'

describe.each(dialectsUnderTest())('stats on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('sums the seed: the night of 20–21 July, aid by donor, category and stage, talks by status', async () => {
    await withStore(async (store) => {
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
    })
  })

  it('gives the same figures as JSON bytes, encoded where they are summed', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const filter = { from: '2025-07-01', to: '2025-07-31' }
      const bytes = await store.statsJson(filter, { bucket: 'week' })
      expect(new TextDecoder().decode(bytes)).toBe(
        JSON.stringify(await store.stats(filter, { bucket: 'week' })),
      )
    })
  })

  it("gives each region the part of a toll known to lie inside it, not the whole night's", async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const byRegion = new Map(
        (await store.stats({})).attacksByRegion.map((r) => [
          r.placeId,
          [r.attacks, r.killedAtLeast, r.injuredAtLeast],
        ]),
      )
      // "At least one killed, eight injured" in Kyiv; "two dead and 15 injured" over the
      // whole country, which no single region can claim.
      expect(byRegion.get('ua-kyiv-city')).toEqual([1, 1, 8])
      expect(byRegion.get('ua-kharkiv-oblast')).toEqual([1, 0, 0])
      expect(byRegion.get('ua-ivano-frankivsk-oblast')).toEqual([1, 0, 0])
    })
  })

  it('bands a day under a place filter by what lies inside the place, capped by the whole toll', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const day = async (placeId: string) => (await store.stats({ placeId })).attacksByDay
      expect(await day('ua-kharkiv-oblast')).toEqual([
        {
          day: '2025-07-20',
          attacks: 1,
          killed: { low: 0, high: 2 },
          injured: { low: 0, high: 15 },
        },
      ])
      expect(await day('ua-kyiv-city')).toEqual([
        {
          day: '2025-07-20',
          attacks: 1,
          killed: { low: 1, high: 2 },
          injured: { low: 8, high: 15 },
        },
      ])
      // A place in Russia: the attack there counts, Ukraine's casualties do not.
      expect((await day('ru-moscow')).map((d) => [d.attacks, d.killed.low, d.injured.low])).toEqual(
        [[1, 0, 0]],
      )
    })
  })

  it('counts the seed’s statements by named speaker, unnamed speakers apart, and by channel', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const { statements } = await store.stats({})
      expect(statements).toEqual({
        bySpeaker: [
          { speakerId: 'zelensky', statements: 7 },
          { speakerId: 'syrskyi', statements: 3 },
          // Ties fall back to the id, whatever order the engine grouped them in.
          { speakerId: 'peskov', statements: 2 },
          { speakerId: 'shmyhal', statements: 2 },
          { speakerId: 'kremlin', statements: 1 },
          { speakerId: 'martsinkiv', statements: 1 },
          { speakerId: 'rosaviatsiya', statements: 1 },
          { speakerId: 'ru-mod', statements: 1 },
          { speakerId: 'store', statements: 1 },
        ],
        // The TASS source, "Officials in Kiev" and "Ukrainian officials": not counted for Ukraine.
        unnamedSpeakers: 3,
        byChannel: [
          { channel: 'remarks', statements: 12 },
          { channel: 'official-statement', statements: 4 },
          { channel: 'news-agency-report', statements: 2 },
          { channel: 'online-meeting', statements: 2 },
          { channel: 'social-media-post', statements: 1 },
          { channel: 'video-message', statements: 1 },
        ],
      })
    })
  })

  it('counts only the statements a date range selects: the undated ones drop out', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const { statements } = await store.stats({ from: '2025-07-14', to: '2025-07-21' })
      expect(statements).toEqual({
        bySpeaker: [{ speakerId: 'zelensky', statements: 6 }],
        unnamedSpeakers: 1,
        byChannel: [
          { channel: 'remarks', statements: 6 },
          { channel: 'video-message', statements: 1 },
        ],
      })
    })
  })

  it('counts only the statements that name the filtered actor', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const { statements } = await store.stats({ actorId: 'peskov' })
      expect(statements).toEqual({
        bySpeaker: [{ speakerId: 'peskov', statements: 2 }],
        unnamedSpeakers: 0,
        byChannel: [
          { channel: 'news-agency-report', statements: 1 },
          { channel: 'remarks', statements: 1 },
        ],
      })
    })
  })

  it('keeps the filters: nothing in a range without records', async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const stats = await store.stats({ from: '2024-01-01', to: '2024-12-31' })
      expect(stats.attacksByDay).toEqual([])
      expect(stats.aid.byDonor).toEqual([])
      expect(stats.statements).toEqual({ bySpeaker: [], unnamedSpeakers: 0, byChannel: [] })
    })
  })

  it("narrows by the facets' filters as the attack list does", async () => {
    await withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      const all = (await store.countRecords({ kind: ['attack'] })).value
      for (const filter of [
        { attackerId: 'ukraine' },
        { weapon: 'missile' as const },
        { disputed: true },
        { dataset: 'ru-mod' },
      ]) {
        const stats = await store.stats(filter)
        const listed = (await store.countRecords({ ...filter, kind: ['attack'] })).value
        expect(listed).toBeLessThan(all)
        expect(stats.attacksByDay.reduce((n, d) => n + d.attacks, 0)).toBe(listed)
      }
    })
  })
})
