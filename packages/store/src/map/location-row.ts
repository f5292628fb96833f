import {
  isMappable,
  type Place,
  placeById,
  recordLocation,
  type SitrepRecord,
} from '@sitrep/domain'
import type { RecordLocationsTable } from '../tables/record-locations.table.ts'
import { cellOf } from './map-cells.ts'

/** The first-level region a place lies in (itself when it is one), by the gazetteer. */
export const regionOf = (
  placeId: string | undefined,
  placeOf: (id: string) => Place | undefined = placeById,
): string | null => {
  for (let place = placeId ? placeOf(placeId) : undefined; place; ) {
    if (place.kind === 'region') return place.id
    place = place.parentId ? placeOf(place.parentId) : undefined
  }
  return null
}

/** The finest gazetteer place a record names (its venue for a talk): what a map links to. */
const finestPlace = (record: SitrepRecord): string | undefined => {
  const named =
    record.kind === 'talk'
      ? record.venueId
        ? [record.venueId]
        : []
      : record.kind === 'attack'
        ? record.placeIds
        : []
  const rank = (id: string) => {
    const kind = placeById(id)?.kind
    return kind === undefined ? 9 : kind === 'country' ? 3 : kind === 'region' ? 2 : 1
  }
  return [...named].sort((a, b) => rank(a) - rank(b))[0]
}

/**
 * A record's `record_locations` row: its location by the domain's rules, the grid cell a map
 * counts it in (none for a country-level point, which a map must not draw on the country's
 * centre), and its oblast. Records without a location have no row.
 */
export const locationRow = (
  record: SitrepRecord,
  dates: { start: string | null; end: string | null },
): RecordLocationsTable | undefined => {
  const location = recordLocation(record)
  if (!location) return undefined
  const placeId = finestPlace(record)
  return {
    record_id: record.id,
    kind: record.kind,
    date_start: dates.start,
    date_end: dates.end,
    lat: location.lat,
    lon: location.lon,
    precision: location.precision,
    origin: location.origin,
    place_id: placeId ?? null,
    region_id: isMappable(location) ? regionOf(placeId) : null,
    cell: isMappable(location) ? cellOf(location.lat, location.lon) : null,
    attacker_id: record.kind === 'attack' ? record.attackerId : null,
  }
}
