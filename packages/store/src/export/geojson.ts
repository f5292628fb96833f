import type { Coordinates, RecordFilter, SitrepRecord } from '@sitrep/domain'
import { dateHull } from '../record-index.ts'
import type { DictionaryStore, RecordStore } from '../store.ts'
import { allRecords } from './all-records.ts'

const pointsOf = (record: SitrepRecord): string[] =>
  record.kind === 'talk' ? [record.venueId] : record.kind === 'attack' ? record.placeIds : []

const feature = (record: SitrepRecord, coordinates: Coordinates[]) => {
  const positions = coordinates.map((c) => [c.lon, c.lat])
  const hull = dateHull(record)
  return {
    type: 'Feature',
    id: record.id,
    geometry:
      positions.length === 1
        ? { type: 'Point', coordinates: positions[0] }
        : { type: 'MultiPoint', coordinates: positions },
    properties: {
      kind: record.kind,
      title: record.title,
      dateStart: hull.start,
      dateEnd: hull.end,
    },
  }
}

/**
 * Talks at their venue and attacks at the places struck, as one FeatureCollection. Records whose
 * places are not in the gazetteer have no coordinates and are left out rather than guessed.
 */
export async function* exportGeoJson(
  store: RecordStore & DictionaryStore,
  filter: RecordFilter = {},
): AsyncGenerator<string> {
  const coordinates = new Map((await store.listPlaces()).map((p) => [p.id, p.coordinates]))
  const kinds = (filter.kind ?? ['talk', 'attack']).filter((k) => k === 'talk' || k === 'attack')
  yield '{"type":"FeatureCollection","features":[\n'
  let first = true
  if (kinds.length > 0) {
    for await (const record of allRecords(store, { ...filter, kind: kinds })) {
      const found = pointsOf(record).flatMap((id) => {
        const c = coordinates.get(id)
        return c ? [c] : []
      })
      if (found.length === 0) continue
      yield `${first ? '' : ',\n'}${JSON.stringify(feature(record, found))}`
      first = false
    }
  }
  yield '\n]}\n'
}
