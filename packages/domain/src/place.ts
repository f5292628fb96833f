import { z } from 'zod'
import { PlaceId } from './ids.ts'

export const PlaceKind = z.enum(['country', 'region', 'city', 'airport', 'venue', 'area'])
export type PlaceKind = z.infer<typeof PlaceKind>

export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})
export type Coordinates = z.infer<typeof Coordinates>

/** A gazetteer entry: one place, all its spellings, and where it sits in the hierarchy. */
export const Place = z
  .strictObject({
    id: PlaceId,
    name: z.string().min(1).max(200),
    aliases: z.array(z.string().min(1).max(200)).max(50),
    kind: PlaceKind,
    /** ISO 3166-1 alpha-2 code of the country the place is in. */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    /** ISO 3166-2 code of a first-level region (oblast), where one applies. */
    isoCode: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
      .optional(),
    /** The enclosing place: an oblast for a city, the country for an oblast. */
    parentId: PlaceId.optional(),
    coordinates: Coordinates,
    /** GeoNames id, where the entry comes from GeoNames data. */
    geonameId: z.number().int().positive().optional(),
    population: z.number().int().nonnegative().optional(),
  })
  .meta({ id: 'Place' })
export type Place = z.infer<typeof Place>

/**
 * Every place inside `rootId` (itself included): a filter on Kyiv oblast must find records in
 * the city of Kyiv.
 */
export const placesWithin = (rootId: string, places: readonly Place[]): Set<string> => {
  const children = new Map<string, string[]>()
  for (const p of places) {
    if (!p.parentId) continue
    const list = children.get(p.parentId) ?? []
    list.push(p.id)
    children.set(p.parentId, list)
  }
  const found = new Set<string>([rootId])
  const queue = [rootId]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!found.has(child)) {
        found.add(child)
        queue.push(child)
      }
    }
  }
  return found
}
