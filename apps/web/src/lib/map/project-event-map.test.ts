import type { EventMap, MapBin } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { eventsBeyondReach } from './map-frame.ts'
import { EVENT_MAP_HEIGHT, EVENT_MAP_WIDTH, projectEventMap } from './project-event-map.ts'

/** The seed's night of 20–21 July at zoom 0, as `/v1/map` bins it: three in Ukraine, Moscow. */
const kharkiv: MapBin = { lat: 49.9231, lon: 35.6916, count: 1, placeId: 'ua-kharkiv-oblast' }
const kyiv: MapBin = { lat: 51.0084, lon: 30.9954, count: 1, placeId: 'ua-kyiv' }
const sumy: MapBin = { lat: 51.0084, lon: 34.7524, count: 1, placeId: 'ua-sumy-oblast' }
const moscow: MapBin = { lat: 56.4348, lon: 37.5701, count: 1, placeId: 'ru-moscow' }
/** A bin the real CIR data puts on Sakhalin: far beyond any frame Ukraine stays readable in. */
const sakhalin: MapBin = { lat: 47.7526, lon: 142.7665, count: 1, placeId: 'ru' }

const mapOf = (bins: MapBin[]): EventMap => ({
  zoom: 0,
  radiusKm: 80,
  total: bins.reduce((n, b) => n + b.count, 0),
  bins,
  regions: [],
  unplaced: 0,
})

const placesDrawn = (bins: ReturnType<typeof projectEventMap>['bins']) =>
  bins.map((b) => b.bin.placeId)

const discInside = ({ x, y, r }: { x: number; y: number; r: number }) =>
  x - r >= 0 && y - r >= 0 && x + r <= EVENT_MAP_WIDTH && y + r <= EVENT_MAP_HEIGHT

describe('projectEventMap', () => {
  it('widens the frame to Moscow on the seed night, every disc whole inside it', () => {
    const drawn = projectEventMap(mapOf([kharkiv, kyiv, sumy, moscow]))
    expect(placesDrawn(drawn.bins)).toEqual([
      'ua-kharkiv-oblast',
      'ua-kyiv',
      'ua-sumy-oblast',
      'ru-moscow',
    ])
    expect(drawn.bins.every(discInside)).toBe(true)
  })

  it('keeps the frame on Ukraine alone when every place shown lies in it', () => {
    const ukraine = projectEventMap(mapOf([]))
    const seedInUkraine = projectEventMap(mapOf([kharkiv, kyiv, sumy]))
    expect(seedInUkraine.oblasts).toEqual(ukraine.oblasts)
    expect(placesDrawn(seedInUkraine.bins)).toEqual([
      'ua-kharkiv-oblast',
      'ua-kyiv',
      'ua-sumy-oblast',
    ])
  })

  it('leaves a place beyond the reach off, and counts it, rather than shrink Ukraine to a dot', () => {
    const bins = [kharkiv, sakhalin]
    const drawn = projectEventMap(mapOf(bins))
    expect(placesDrawn(drawn.bins)).toEqual(['ua-kharkiv-oblast'])
    expect(drawn.oblasts).toEqual(projectEventMap(mapOf([])).oblasts)
    expect(eventsBeyondReach(bins)).toBe(1)
  })

  it('frames Ukraine alone in the oblast view, where no bin is drawn', () => {
    const oblasts = projectEventMap(mapOf([kharkiv, moscow]), { drawBins: false })
    expect(oblasts.bins).toEqual([])
    expect(oblasts.oblasts).toEqual(projectEventMap(mapOf([])).oblasts)
  })
})
