import { placeById } from './gazetteer/places.ts'
import { finerThan, gazetteerLocation, type Location } from './location.ts'
import type { Place } from './place.ts'
import type { SitrepRecord } from './record.ts'

/**
 * The most precise location a record's sources give: its own point (a dataset's coordinates)
 * unless a place it names is finer, else the finest named place in the gazetteer (an attack's
 * sites, a talk's venue). Aid and statements happen nowhere in particular and have none.
 */
export const recordLocation = (
  record: SitrepRecord,
  placeOf: (id: string) => Place | undefined = placeById,
): Location | undefined => {
  if (record.kind === 'talk')
    return gazetteerLocation(record.venueId ? [record.venueId] : [], placeOf)
  if (record.kind !== 'attack') return undefined
  const named = gazetteerLocation(record.placeIds, placeOf)
  const own = record.location
  if (own && (!named || !finerThan(named.precision, own.precision))) return own
  return named
}
