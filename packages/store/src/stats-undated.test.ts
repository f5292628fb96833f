import { type Attack, actors, places, type RecordFilter, type Stats } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, russianDroneWave } from './testing/fixtures.ts'

/** The seed night as a report that names no day tells it: the record keeps no date. */
const undatedNight = (id: string): Attack => {
  const wave = russianDroneWave()
  return { ...wave, id, claims: wave.claims.filter((c) => c.fact !== 'date') }
}

const attacksCounted = (stats: Stats) =>
  stats.attacksByDay.reduce((n, d) => n + d.attacks, 0) + stats.undatedAttacks.attacks

const listed = async (store: Store, filter: RecordFilter) =>
  (await store.countRecords({ ...filter, kind: ['attack'] })).value

describe.each(dialectsUnderTest())('undated attacks in the stats on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('counts an undated attack as the list does, apart from the days and the series', () =>
    withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      await store.createRecord(undatedNight('attack-undated-night'), editor)
      const stats = await store.stats({})
      expect(attacksCounted(stats)).toBe(await listed(store, {}))
      expect(stats.undatedAttacks).toEqual({
        attacks: 1,
        killed: { low: 2, high: 2 },
        injured: { low: 15, high: 15 },
      })
      expect(stats.attacksByDay.map((d) => d.day)).toEqual(['2025-07-20'])
      expect(stats.series.attacks.map((a) => a.start)).not.toContain('9999-12-31')
    }))

  it('counts it the same when the figures are grouped from the records (an actor filter)', () =>
    withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      await store.createRecord(undatedNight('attack-undated-night'), editor)
      const filter = { actorId: 'russia' }
      const stats = await store.stats(filter)
      expect(stats.undatedAttacks.attacks).toBe(1)
      expect(attacksCounted(stats)).toBe(await listed(store, filter))
    }))

  it('leaves it out of any date range, as the list does', () =>
    withStore(async (store) => {
      await store.seed({ ...seedDataset, places, actors })
      await store.createRecord(undatedNight('attack-undated-night'), editor)
      for (const filter of [{ from: '2025-07-01' }, { to: '2025-07-31' }]) {
        const stats = await store.stats(filter)
        expect(stats.undatedAttacks.attacks).toBe(0)
        expect(attacksCounted(stats)).toBe(await listed(store, filter))
      }
    }))
})
