import type { MapBin } from '@sitrep/domain'
import { geoBounds } from 'd3-geo'
import { oblastAreas } from './boundaries.ts'

type Point = Pick<MapBin, 'lat' | 'lon'>

/**
 * How far past Ukraine the frame may reach for the places shown: western Russia from Saint
 * Petersburg's refineries to the Caucasus and east to Kazan and Engels, where most strikes
 * inside Russia fall. A point beyond it (an airbase in Siberia, a geocoding slip to Sakhalin)
 * would shrink Ukraine to a few pixels, so it is counted, not drawn.
 */
export const FRAME_REACH = { west: 14, south: 41, east: 50, north: 60.5 } as const

export const withinReach = ({ lat, lon }: Point): boolean =>
  lon >= FRAME_REACH.west &&
  lon <= FRAME_REACH.east &&
  lat >= FRAME_REACH.south &&
  lat <= FRAME_REACH.north

/** Events in bins beyond the frame's reach: the map says how many it leaves off. */
export const eventsBeyondReach = (bins: readonly MapBin[]): number =>
  bins.reduce((n, b) => (withinReach(b) ? n : n + b.count), 0)

// Ukraine's box, [[west, south], [east, north]]: the frame always holds the whole country.
const [[west, south], [east, north]] = geoBounds({
  type: 'FeatureCollection',
  features: oblastAreas,
})

const insideUkraineBox = ({ lat, lon }: Point) =>
  lon >= west && lon <= east && lat >= south && lat <= north

/**
 * What the frame must hold: Ukraine and the bins within reach, among them those outside its box
 * (Moscow, Belgorod, Kursk…) that widen it, with the longitude to centre the projection on.
 */
export const frameOf = <B extends Point>(bins: readonly B[]) => {
  const shown = bins.filter(withinReach)
  const outside = shown.filter((b) => !insideUkraineBox(b))
  const lons = [west, east, ...outside.map((b) => b.lon)]
  return {
    shown,
    outside,
    centreLon: (Math.min(...lons) + Math.max(...lons)) / 2,
  }
}
