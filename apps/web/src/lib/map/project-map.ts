import { geoConicConformal, geoPath } from 'd3-geo'
import type { AttackMarker } from './attack-markers.ts'
import { countryAreas, oblastAreas } from './boundaries.ts'

export const MAP_WIDTH = 800
export const MAP_HEIGHT = 560
const MARGIN = 24

export interface ProjectedMap {
  readonly oblasts: readonly { name: string; d: string }[]
  readonly countries: readonly { name: string; d: string }[]
  readonly points: readonly { marker: AttackMarker; x: number; y: number }[]
}

/**
 * Ukraine and every marked place fitted into the frame with a conformal conic projection
 * (standard parallels over Ukraine, as national maps use), drawn to SVG path strings on the
 * server so the browser receives markup, not geometry or a map library.
 */
export const projectMap = (markers: readonly AttackMarker[]): ProjectedMap => {
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0])
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    {
      type: 'FeatureCollection',
      features: [
        ...oblastAreas,
        ...markers.map((m) => ({
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'Point' as const,
            coordinates: [m.place.coordinates.lon, m.place.coordinates.lat],
          },
        })),
      ],
    },
  )
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ])
  // A tenth of a pixel on an 800-pixel map is finer than any screen shows; the default
  // thousandth made the outlines, which travel twice (HTML and the server components' payload),
  // a fifth of /attacks: 922 → 746 kB with the real datasets.
  const path = geoPath(projection).digits(1)
  const drawn = (areas: typeof oblastAreas) =>
    areas.flatMap((f) => {
      const d = path(f)
      return d ? [{ name: f.properties.name, d }] : []
    })
  return {
    oblasts: drawn(oblastAreas),
    countries: drawn(countryAreas.filter((f) => f.properties.name !== 'Ukraine')),
    points: markers.flatMap((marker) => {
      const xy = projection([marker.place.coordinates.lon, marker.place.coordinates.lat])
      return xy ? [{ marker, x: xy[0], y: xy[1] }] : []
    }),
  }
}
