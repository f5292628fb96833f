import { z } from 'zod'
import type { Place } from './place.ts'

/** How finely a location pins an event down, finest first. */
export const LocationPrecision = z.enum(['exact', 'settlement', 'district', 'oblast', 'country'])
export type LocationPrecision = z.infer<typeof LocationPrecision>

/** Where a location comes from: a dataset's own coordinates, the gazetteer, or an article. */
export const LocationOrigin = z.enum(['cir', 'acled', 'gazetteer', 'article'])
export type LocationOrigin = z.infer<typeof LocationOrigin>

/**
 * The most precise point a record's sources give for where it happened, apart from the places it
 * names: CIR's geolocated coordinates are exact, a gazetteer city only says which settlement.
 */
export const Location = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: LocationPrecision,
    origin: LocationOrigin,
  })
  .meta({ id: 'Location' })
export type Location = z.infer<typeof Location>

const RANK: Record<LocationPrecision, number> = {
  exact: 0,
  settlement: 1,
  district: 2,
  oblast: 3,
  country: 4,
}

/** True when `a` pins an event down more finely than `b`. */
export const finerThan = (a: LocationPrecision, b: LocationPrecision): boolean => RANK[a] < RANK[b]

/** What a gazetteer entry says about where an event in it happened. */
export const placePrecision = (place: Place): LocationPrecision =>
  place.kind === 'country' ? 'country' : place.kind === 'region' ? 'oblast' : 'settlement'

/**
 * The finest of the places a record names, as a location from the gazetteer: the city over its
 * oblast, the oblast over the country. Places the gazetteer does not know give none.
 */
export const gazetteerLocation = (
  placeIds: readonly string[],
  placeOf: (id: string) => Place | undefined,
): Location | undefined => {
  let best: Location | undefined
  for (const id of placeIds) {
    const place = placeOf(id)
    if (!place) continue
    const precision = placePrecision(place)
    if (!best || finerThan(precision, best.precision))
      best = { ...place.coordinates, precision, origin: 'gazetteer' }
  }
  return best
}

/** A location a map may draw: a point for a whole country would sit on its centre, not the event. */
export const isMappable = (location: Location | undefined): location is Location =>
  location !== undefined && location.precision !== 'country'
