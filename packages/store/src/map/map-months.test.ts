import { actors, type MapFilter, places } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { randomWrites } from '../rollups/write-sequence.ts'
import { dialectsUnderTest, withStoreOf } from '../testing/dialects-under-test.ts'

const MAPS: MapFilter[] = [
  { kind: 'attack', zoom: 1 },
  { kind: 'attack', zoom: 3, from: '2023-01-01', to: '2023-12-31' },
  { kind: 'attack', zoom: 0, from: '2024-03-15' },
  { kind: 'attack', zoom: 2, to: '2024-06-20', attackerId: 'russia' },
  { kind: 'talk', zoom: 1 },
]

describe.each(dialectsUnderTest())('map months on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('draw after random writes what a store holding only the surviving records draws', async () => {
    let survivors: Awaited<ReturnType<typeof randomWrites>> = []
    const written: unknown[] = []
    await withStore(async (store) => {
      await store.loadDictionaries({ places, actors })
      survivors = await randomWrites(store, 11, 30)
      for (const filter of MAPS) written.push(await store.eventMap(filter))
    })
    const loaded: unknown[] = []
    await withStore(async (store) => {
      await store.loadDictionaries({ places, actors })
      await store.importRecords(survivors, { by: 'desk' })
      for (const filter of MAPS) loaded.push(await store.eventMap(filter))
    })
    expect(written).toEqual(loaded)
    expect(JSON.stringify(written)).toMatch(/"total":[1-9]/)
  }, 240_000)
})
