import { MapZoom } from '@sitrep/domain'
import type { EventMapMode } from '../../components/event-map.tsx'
import type { RawSearchParams } from '../query-params.ts'

/**
 * The map's own URL parameters (`map=oblasts`, `zoom=2`) taken off a list page's URL before the
 * list's strict schema reads the rest; a value the map cannot use falls back to its default.
 */
export const splitMapParams = (
  raw: RawSearchParams,
): { mode: EventMapMode; zoom: number; list: RawSearchParams } => {
  const { map, zoom, ...list } = raw
  const parsed = MapZoom.safeParse(typeof zoom === 'string' ? zoom : undefined)
  return {
    mode: map === 'oblasts' ? 'oblasts' : 'bins',
    zoom: parsed.success ? parsed.data : 1,
    list,
  }
}
