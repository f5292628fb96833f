import type { Attack, MapFilter } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries, seedRecord } from './testing/fixtures.ts'

const ctx = { by: 'test' }
const strike = seedRecord('attack', 'attack-ru-drones-ukraine-2025-07-21')
const attacks = (over: Partial<MapFilter> = {}): MapFilter => ({ kind: 'attack', zoom: 1, ...over })

/** A geolocated strike in Mariupol, as the CIR importer writes it, on another day. */
const mariupol: Attack = {
  ...strike,
  id: 'attack-map-mariupol',
  placeIds: ['ua-mariupol', 'ua-donetsk-oblast'],
  location: { lat: 47.0951, lon: 37.5413, precision: 'exact', origin: 'cir' },
  claims: strike.claims.map((c) =>
    c.fact === 'date'
      ? {
          ...c,
          value: {
            ...c.value,
            resolved: true,
            start: '2022-03-16',
            end: '2022-03-16',
            precision: 'day',
            raw: '16 March 2022',
          },
        }
      : c,
  ),
}
/** Known only to have happened in Ukraine: counted, never drawn on its centre. */
const somewhere: Attack = { ...mariupol, id: 'attack-map-somewhere', placeIds: ['ua'] }
delete somewhere.location

describe.each(dialectsUnderTest())('the event map on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed({ ...seedDataset, ...dictionaries })
    await store.createRecord(mariupol, ctx)
    await store.createRecord(somewhere, ctx)
  })
  afterAll(() => store.close())

  it('counts every attack: the drawn in bins and oblasts, the country-level apart', async () => {
    const map = await store.eventMap(attacks())
    const seeded = seedDataset.records.filter((r) => r.kind === 'attack').length
    expect(map.total).toBe(seeded + 2)
    expect(map.unplaced).toBe(1)
    expect(map.bins.reduce((n, b) => n + b.count, 0)).toBe(seeded + 1)
    expect(map.regions).toEqual(
      expect.arrayContaining([
        { placeId: 'ua-donetsk-oblast', count: 1 },
        { placeId: 'ua-kyiv-city', count: 1 },
      ]),
    )
  })

  it('draws a CIR strike at its own coordinates and links its bin to the place it names', async () => {
    const map = await store.eventMap(attacks({ from: '2022-03-01', to: '2022-03-31', zoom: 3 }))
    expect(map.total).toBe(2)
    const [bin] = map.bins
    expect(map.bins).toHaveLength(1)
    expect(bin?.placeId).toBe('ua-mariupol')
    expect(Math.abs((bin?.lat ?? 0) - 47.0951)).toBeLessThan(0.2)
    expect(Math.abs((bin?.lon ?? 0) - 37.5413)).toBeLessThan(0.2)
  })

  it('counts what the list counts for any range: whole months from the rollup, the ends day by day', async () => {
    const ranges = [
      {},
      { from: '2022-03-16' },
      { to: '2022-03-16' },
      { from: '2022-03-17', to: '2025-07-20' },
      { from: '2022-02-15', to: '2025-08-10' },
      { from: '2025-07-01', to: '2025-07-31' },
      { from: '2025-07-21', to: '2025-07-21' },
    ]
    for (const range of ranges) {
      const listed = await store.countRecords({ kind: ['attack'], ...range })
      expect({ range, total: (await store.eventMap(attacks(range))).total }).toEqual({
        range,
        total: listed.value,
      })
    }
  })

  it('filters on a region and everything inside it, and on the attacker', async () => {
    expect((await store.eventMap(attacks({ placeId: 'ua-donetsk-oblast' }))).total).toBe(1)
    expect((await store.eventMap(attacks({ attackerId: 'ukraine' }))).total).toBe(1)
  })

  it('follows writes: an update moves the point, a delete takes it off, a restore puts it back', async () => {
    const moved = {
      ...mariupol,
      location: { ...mariupol.location, lat: 48.0, lon: 37.8 },
    } as Attack
    await store.updateRecord(mariupol.id, moved, 1, ctx)
    const march = attacks({ from: '2022-03-01', to: '2022-03-31', zoom: 3 })
    expect((await store.eventMap(march)).bins[0]?.lat).toBeGreaterThan(47.7)
    await store.deleteRecord(mariupol.id, 2, ctx)
    expect((await store.eventMap(march)).total).toBe(1)
    await store.restoreRecord(mariupol.id, 3, ctx)
    expect((await store.eventMap(march)).total).toBe(2)
  })
})
