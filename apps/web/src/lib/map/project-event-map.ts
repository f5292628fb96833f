import type { EventMap, MapBin } from '@sitrep/domain'
import { geoConicConformal, geoPath } from 'd3-geo'
import { countryAreas, oblastAreas } from './boundaries.ts'
import { OBLAST_IDS } from './oblast-ids.ts'

export const EVENT_MAP_WIDTH = 800
export const EVENT_MAP_HEIGHT = 560
const MARGIN = 16

export interface ProjectedEventMap {
  readonly countries: readonly { name: string; d: string }[]
  readonly oblasts: readonly { placeId: string; d: string; count: number }[]
  readonly bins: readonly { bin: MapBin; x: number; y: number; r: number }[]
}

/**
 * Ukraine fitted into the frame (a conformal conic with standard parallels over Ukraine, as
 * national maps use), oblasts with their counts and bins as circles whose area grows with their
 * count, all drawn to SVG path strings on the server. Bins outside the frame are left off.
 */
export const projectEventMap = (map: EventMap): ProjectedEventMap => {
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0])
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [EVENT_MAP_WIDTH - MARGIN, EVENT_MAP_HEIGHT - MARGIN],
    ],
    { type: 'FeatureCollection', features: oblastAreas },
  )
  projection.clipExtent([
    [0, 0],
    [EVENT_MAP_WIDTH, EVENT_MAP_HEIGHT],
  ])
  // A tenth of a pixel, as on the other maps: finer than any screen shows.
  const path = geoPath(projection).digits(1)
  const counts = new Map(map.regions.map((r) => [r.placeId, r.count]))
  const most = Math.max(1, ...map.bins.map((b) => b.count))
  return {
    countries: countryAreas
      .filter((f) => f.properties.name !== 'Ukraine')
      .flatMap((f) => {
        const d = path(f)
        return d ? [{ name: f.properties.name, d }] : []
      }),
    oblasts: oblastAreas.flatMap((f) => {
      const d = path(f)
      const placeId = OBLAST_IDS[f.properties.name]
      return d && placeId ? [{ placeId, d, count: counts.get(placeId) ?? 0 }] : []
    }),
    bins: map.bins.flatMap((bin) => {
      const xy = projection([bin.lon, bin.lat])
      if (!xy) return []
      const [x, y] = xy
      if (x < 0 || y < 0 || x > EVENT_MAP_WIDTH || y > EVENT_MAP_HEIGHT) return []
      return [{ bin, x, y, r: 3 + 22 * Math.sqrt(bin.count / most) }]
    }),
  }
}
