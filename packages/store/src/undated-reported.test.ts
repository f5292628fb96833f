import type { Attack, Source } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk, russianDroneWave } from './testing/fixtures.ts'

const article = (id: string, publishedAt?: string): Source => ({
  id,
  kind: 'article',
  title: `Report ${id}`,
  language: 'en',
  text: 'Russia attacked overnight with drones.',
  ...(publishedAt ? { publishedAt } : {}),
})

/** The seed night as an article that names no date tells it, cited by `sourceId`. */
const undatedNight = (id: string, sourceId: string): Attack => {
  const wave = russianDroneWave()
  return {
    ...wave,
    id,
    claims: wave.claims.filter((c) => c.fact !== 'date').map((c) => ({ ...c, sourceId })),
  }
}

describe.each(dialectsUnderTest())('undated records by publication day on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('finds an undated record by the day its source appeared, and only in that window', () =>
    withStore(async (store) => {
      await store.upsertSource(article('src-a', '2025-07-21T08:00:00Z'))
      await store.createRecord(undatedNight('attack-undated-a', 'src-a'), editor)
      const around = (from: string, to: string) =>
        store.listUndatedReported({ kinds: ['attack'], from, to, limit: 10 })
      const found = await around('2025-07-20', '2025-07-22')
      expect(found.map((r) => [r.record.record.id, r.reportedOn])).toEqual([
        ['attack-undated-a', '2025-07-21'],
      ])
      expect(await around('2025-07-22', '2025-07-23')).toEqual([])
      expect(
        await store.listUndatedReported({
          kinds: ['talk'],
          from: '2025-07-20',
          to: '2025-07-22',
          limit: 10,
        }),
      ).toEqual([])
    }))

  it('leaves out dated records, deleted ones and sources that give no day', () =>
    withStore(async (store) => {
      await store.upsertSource(article('src-a', '2025-07-21'))
      await store.upsertSource(article('src-b'))
      await store.createRecord(undatedNight('attack-undated-b', 'src-b'), editor)
      await store.createRecord(undatedNight('attack-undated-gone', 'src-a'), editor)
      await store.deleteRecord('attack-undated-gone', 1, editor)
      // The seed's dated night and talk cite their own source; dated records have a window.
      await store.createRecord(russianDroneWave(), editor)
      await store.createRecord(julyTalk(), editor)
      expect(
        await store.listUndatedReported({
          kinds: ['attack', 'talk'],
          from: '2025-01-01',
          to: '2025-12-31',
          limit: 10,
        }),
      ).toEqual([])
    }))

  it('gives a record cited by two sources once, with the earlier day', () =>
    withStore(async (store) => {
      await store.upsertSource(article('src-a', '2025-07-21'))
      await store.upsertSource(article('src-c', '2025-07-22'))
      const night = undatedNight('attack-undated-c', 'src-a')
      const [first, ...rest] = night.claims
      if (!first) throw new Error('the seed night has claims')
      await store.createRecord(
        { ...night, claims: [{ ...first, sourceId: 'src-c' }, ...rest] },
        editor,
      )
      const found = await store.listUndatedReported({
        kinds: ['attack'],
        from: '2025-07-20',
        to: '2025-07-23',
        limit: 10,
      })
      expect(found.map((r) => r.reportedOn)).toEqual(['2025-07-21'])
    }))

  it('gives each record the day its earliest source appeared, leaving out sources with none', () =>
    withStore(async (store) => {
      await store.upsertSource(article('src-a', '2025-07-22'))
      await store.upsertSource(article('src-c', '2025-07-21T23:10:00Z'))
      await store.upsertSource(article('src-b'))
      const night = undatedNight('attack-undated-d', 'src-a')
      const [first, ...rest] = night.claims
      if (!first) throw new Error('the seed night has claims')
      await store.createRecord(
        { ...night, claims: [{ ...first, sourceId: 'src-c' }, ...rest] },
        editor,
      )
      await store.createRecord(undatedNight('attack-undated-e', 'src-b'), editor)
      expect(
        await store.reportedDays(['attack-undated-d', 'attack-undated-e', 'attack-unknown']),
      ).toEqual({ 'attack-undated-d': '2025-07-21' })
    }))

  it('refuses a query outside its bounds', () =>
    withStore(async (store) => {
      await expect(
        store.listUndatedReported({
          kinds: ['attack'],
          from: 'yesterday',
          to: '2025-07-22',
          limit: 10,
        }),
      ).rejects.toThrow()
      await expect(
        store.listUndatedReported({
          kinds: ['attack'],
          from: '2025-07-20',
          to: '2025-07-22',
          limit: 0,
        }),
      ).rejects.toThrow()
    }))
})
