import type { MapBin } from '@sitrep/domain'
import { cellCentre } from './map-cells.ts'

/** Events counted per grid cell, with the place and region they name. */
export interface CellCount {
  cell: number
  regionId: string | null
  placeId: string | null
  count: number
}

// Kilometres per degree at 48.5° N, the middle of Ukraine: over the area a map of the war
// shows, a plane this close to the globe keeps hexagons within a few percent of their size.
const KM_PER_LON = 111.32 * Math.cos((48.5 * Math.PI) / 180)
const KM_PER_LAT = 110.57

/** The pointy-top hexagon (column, row) a point in km falls in: d3-hexbin's rounding. */
const hexOf = (x: number, y: number, radius: number): [number, number] => {
  const dx = radius * Math.sqrt(3)
  const dy = radius * 1.5
  const py = y / dy
  let pj = Math.round(py)
  const px = x / dx - (pj & 1) / 2
  let pi = Math.round(px)
  const py1 = py - pj
  if (Math.abs(py1) * 3 > 1) {
    const px1 = px - pi
    const pi2 = pi + (px < pi ? -1 : 1) / 2
    const pj2 = pj + (py < pj ? -1 : 1)
    const px2 = px - pi2
    const py2 = py - pj2
    if (px1 * px1 + py1 * py1 > px2 * px2 + py2 * py2) {
      pi = pi2 + ((pj & 1) !== 0 ? 1 : -1) / 2
      pj = pj2
    }
  }
  return [pi, pj]
}

const heaviest = (counts: Map<string, number>): string | undefined => {
  let best: string | undefined
  let most = 0
  for (const [id, n] of counts)
    if (n > most || (n === most && best !== undefined && id < best)) {
      best = id
      most = n
    }
  return best
}

const add = (counts: Map<string, number>, id: string | null, n: number) => {
  if (id !== null) counts.set(id, (counts.get(id) ?? 0) + n)
}

/**
 * Cell counts gathered into hexagons of `radiusKm`, each at its centre with its count and the
 * list to link to: the one place its events name, else the oblast holding most of them.
 */
export const hexbin = (cells: readonly CellCount[], radiusKm: number): MapBin[] => {
  const bins = new Map<
    string,
    {
      i: number
      j: number
      count: number
      places: Map<string, number>
      regions: Map<string, number>
    }
  >()
  for (const c of cells) {
    const { lat, lon } = cellCentre(c.cell)
    const [i, j] = hexOf(lon * KM_PER_LON, lat * KM_PER_LAT, radiusKm)
    const key = `${i},${j}`
    let bin = bins.get(key)
    if (!bin) {
      bin = { i, j, count: 0, places: new Map(), regions: new Map() }
      bins.set(key, bin)
    }
    bin.count += c.count
    add(bin.places, c.placeId, c.count)
    add(bin.regions, c.regionId, c.count)
  }
  const dx = radiusKm * Math.sqrt(3)
  const dy = radiusKm * 1.5
  return [...bins.values()]
    .map((b) => {
      const placeId =
        b.places.size === 1 ? heaviest(b.places) : (heaviest(b.regions) ?? heaviest(b.places))
      return {
        lat: Math.round(((b.j * dy) / KM_PER_LAT) * 1e4) / 1e4,
        lon: Math.round((((b.i + (b.j & 1) / 2) * dx) / KM_PER_LON) * 1e4) / 1e4,
        count: b.count,
        ...(placeId ? { placeId } : {}),
      }
    })
    .sort((a, b) => b.count - a.count || a.lat - b.lat || a.lon - b.lon)
}
