import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { importStream } from '../import/import-stream.ts'
import { dialectsUnderTest, fixedClock } from '../testing/dialects-under-test.ts'
import { dictionaries } from '../testing/fixtures.ts'
import { chunked, collect } from '../testing/streams.ts'
import { exportCsv } from './csv.ts'
import { exportGeoJson } from './geojson.ts'
import { exportNdjson } from './ndjson.ts'

describe.each(dialectsUnderTest())('export on $engine', (dialect) => {
  it.each([
    ['ndjson', exportNdjson],
    ['csv', exportCsv],
  ] as const)(
    'gives back the same records when its %s export is imported',
    async (format, exporter) => {
      const first = await dialect.open({ now: fixedClock })
      const second = await dialect.open({ now: fixedClock })
      try {
        await first.seed(seedDataset)
        const exported = await collect(exporter(first))
        const summary = await importStream(second, chunked(exported, 4096), {
          format,
          by: 'round-trip',
        })
        expect(summary).toMatchObject({
          imported: seedDataset.records.length,
          unchanged: 0,
          rejected: [],
          rejectedCount: 0,
        })
        expect(await collect(exporter(second))).toBe(exported)
        const a = await first.listRecords({}, { limit: 500 })
        const b = await second.listRecords({}, { limit: 500 })
        expect(b.items.map((i) => i.record)).toEqual(a.items.map((i) => i.record))
      } finally {
        await first.close()
        await second.close()
      }
    },
  )

  it('draws talks at their venue and attacks at the cities struck, as GeoJSON points', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await store.seed({ ...seedDataset, ...dictionaries })
      const collection = JSON.parse(await collect(exportGeoJson(store)))
      expect(collection.type).toBe('FeatureCollection')
      const talks = collection.features.filter(
        (f: { properties: { kind: string } }) => f.properties.kind === 'talk',
      )
      expect(talks).toHaveLength(3)
      expect(talks[0].geometry).toEqual({ type: 'Point', coordinates: [28.9497, 41.0138] })
      const kharkiv = collection.features.find(
        (f: { id: string }) => f.id === 'attack-ru-drones-ukraine-2025-07-21',
      )
      // The three cities of the wave, not Kyiv oblast's centre beside them.
      expect(kharkiv.geometry.type).toBe('MultiPoint')
      expect(kharkiv.geometry.coordinates).toHaveLength(3)
      expect(kharkiv.geometry.coordinates).toContainEqual([36.2527, 49.9808])
      expect(kharkiv.properties).toMatchObject({ precision: 'settlement', origin: 'gazetteer' })
    } finally {
      await store.close()
    }
  })
})
