import type { EventMap, MapBin } from '@sitrep/domain'
import { geoConicConformal, geoPath } from 'd3-geo'
import type { Feature, MultiPoint } from 'geojson'
import { countryAreas, oblastAreas } from './boundaries.ts'
import { frameOf } from './map-frame.ts'
import { OBLAST_IDS } from './oblast-ids.ts'

export const EVENT_MAP_WIDTH = 800
export const EVENT_MAP_HEIGHT = 560
const MARGIN = 16

export interface ProjectedEventMap {
  readonly countries: readonly { name: string; d: string }[]
  readonly oblasts: readonly { placeId: string; d: string; count: number }[]
  readonly bins: readonly { bin: MapBin; x: number; y: number; r: number }[]
}

export interface ProjectOptions {
  /** Whether the bins are drawn: only then do places outside Ukraine widen the frame. */
  readonly drawBins: boolean
}

/**
 * Ukraine fitted into the frame (a conformal conic with standard parallels over Ukraine, as
 * national maps use), widened to the bins shown outside it within the frame's reach (Moscow,
 * Belgorod, Kursk…); oblasts with their counts and bins as circles whose area grows with their
 * count, all drawn to SVG path strings on the server. Bins beyond the reach are left off (the
 * caption counts them).
 */
export const projectEventMap = (
  map: EventMap,
  { drawBins }: ProjectOptions = { drawBins: true },
): ProjectedEventMap => {
  const most = Math.max(1, ...map.bins.map((b) => b.count))
  const radius = (count: number) => 3 + 22 * Math.sqrt(count / most)
  const { shown, outside, centreLon } = frameOf(drawBins ? map.bins : [])
  // A circle on the frame's edge keeps its whole disc inside.
  const margin = MARGIN + Math.max(0, ...outside.map((b) => radius(b.count)))
  const places: Feature<MultiPoint>[] = shown.length
    ? [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiPoint', coordinates: shown.map((b) => [b.lon, b.lat]) },
        },
      ]
    : []
  const projection = geoConicConformal().parallels([45, 52]).rotate([-centreLon, 0])
  projection.fitExtent(
    [
      [margin, margin],
      [EVENT_MAP_WIDTH - margin, EVENT_MAP_HEIGHT - margin],
    ],
    { type: 'FeatureCollection', features: [...oblastAreas, ...places] },
  )
  projection.clipExtent([
    [0, 0],
    [EVENT_MAP_WIDTH, EVENT_MAP_HEIGHT],
  ])
  // A tenth of a pixel, as on the other maps: finer than any screen shows.
  const path = geoPath(projection).digits(1)
  const counts = new Map(map.regions.map((r) => [r.placeId, r.count]))
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
    bins: shown.flatMap((bin) => {
      const xy = projection([bin.lon, bin.lat])
      if (!xy) return []
      const [x, y] = xy
      if (x < 0 || y < 0 || x > EVENT_MAP_WIDTH || y > EVENT_MAP_HEIGHT) return []
      return [{ bin, x, y, r: radius(bin.count) }]
    }),
  }
}
