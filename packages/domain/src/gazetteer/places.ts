import { z } from 'zod'
import { Place } from '../place.ts'
import generated from './places.generated.json' with { type: 'json' }

/**
 * The gazetteer: countries, Ukraine's oblasts and cities, and the foreign cities and venues the
 * records name. Built by scripts/build-gazetteer.mjs from GeoNames-derived packages and parsed
 * here at module load, so a bad regeneration fails at import rather than on a map.
 */
export const places: readonly Place[] = z.array(Place).parse(generated)

const byId = new Map(places.map((p) => [p.id, p]))

export const placeById = (id: string): Place | undefined => byId.get(id)
