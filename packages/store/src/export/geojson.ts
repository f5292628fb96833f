import {
  gazetteerLocation,
  isMappable,
  type Location,
  type Place,
  placePrecision,
  type RecordFilter,
  recordLocation,
  type SitrepRecord,
} from '@sitrep/domain'
import { dateHull } from '../record-index.ts'
import type { DictionaryStore, RecordStore } from '../store.ts'
import { allRecords } from './all-records.ts'

const namedPlaces = (record: SitrepRecord): readonly string[] =>
  record.kind === 'talk'
    ? record.venueId
      ? [record.venueId]
      : []
    : record.kind === 'attack'
      ? record.placeIds
      : []

/**
 * Where to draw a record: its own point when a source gives one finer than the places it names;
 * else every named place at the finest precision among them (the three cities of one night's
 * wave, not their oblasts beside them). Nothing for a country-level record: a point on the
 * country's centre would say the event happened there.
 */
const positionsOf = (
  record: SitrepRecord,
  location: Location | undefined,
  placeOf: (id: string) => Place | undefined,
): number[][] => {
  if (!isMappable(location)) return []
  if (location.origin !== 'gazetteer') return [[location.lon, location.lat]]
  return namedPlaces(record).flatMap((id) => {
    const place = placeOf(id)
    return place && placePrecision(place) === location.precision
      ? [[place.coordinates.lon, place.coordinates.lat]]
      : []
  })
}

const feature = (record: SitrepRecord, placeOf: (id: string) => Place | undefined) => {
  const location =
    recordLocation(record, placeOf) ?? gazetteerLocation(namedPlaces(record), placeOf)
  const positions = positionsOf(record, location, placeOf)
  const hull = dateHull(record)
  return {
    type: 'Feature',
    id: record.id,
    geometry:
      positions.length === 0
        ? null
        : positions.length === 1
          ? { type: 'Point', coordinates: positions[0] }
          : { type: 'MultiPoint', coordinates: positions },
    properties: {
      kind: record.kind,
      title: record.title,
      dateStart: hull.start,
      dateEnd: hull.end,
      precision: location?.precision ?? null,
      origin: location?.origin ?? null,
    },
  }
}

/**
 * Talks at their venue and attacks where they happened (recordLocation), as one
 * FeatureCollection; each feature says how precise its point is and where it comes from.
 * Country-level records keep their feature with a null geometry (RFC 7946 §3.2), so a count of
 * features is a count of records; records whose places the gazetteer does not know are left out.
 */
export async function* exportGeoJson(
  store: RecordStore & DictionaryStore,
  filter: RecordFilter = {},
): AsyncGenerator<string> {
  const places = new Map((await store.listPlaces()).map((p) => [p.id, p]))
  const placeOf = (id: string) => places.get(id)
  const kinds = (filter.kind ?? ['talk', 'attack']).filter((k) => k === 'talk' || k === 'attack')
  yield '{"type":"FeatureCollection","features":[\n'
  let first = true
  if (kinds.length > 0) {
    for await (const record of allRecords(store, { ...filter, kind: kinds })) {
      if (!recordLocation(record, placeOf)) continue
      yield `${first ? '' : ',\n'}${JSON.stringify(feature(record, placeOf))}`
      first = false
    }
  }
  yield '\n]}\n'
}
