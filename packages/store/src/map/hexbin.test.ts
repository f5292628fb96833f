import { describe, expect, it } from 'vitest'
import { hexbin } from './hexbin.ts'
import { cellCentre, cellOf } from './map-cells.ts'

const at = (lat: number, lon: number, placeId: string, regionId: string, count = 1) => ({
  cell: cellOf(lat, lon),
  placeId,
  regionId,
  count,
})

describe('map cells', () => {
  it('puts a point within half a cell of its cell centre', () => {
    const centre = cellCentre(cellOf(50.45, 30.52))
    expect(Math.abs(centre.lat - 50.45)).toBeLessThanOrEqual(0.025)
    expect(Math.abs(centre.lon - 30.52)).toBeLessThanOrEqual(0.025)
  })
})

describe('hexbin', () => {
  it('gathers near points and keeps far ones apart, the fullest bin first', () => {
    const bins = hexbin(
      [
        at(50.45, 30.52, 'ua-kyiv', 'ua-kyiv-city', 3),
        at(50.46, 30.55, 'ua-kyiv', 'ua-kyiv-city'),
        at(49.99, 36.23, 'ua-kharkiv', 'ua-kharkiv-oblast'),
      ],
      20,
    )
    expect(bins.map((b) => [b.count, b.placeId])).toEqual([
      [4, 'ua-kyiv'],
      [1, 'ua-kharkiv'],
    ])
    expect(Math.abs((bins[0]?.lat ?? 0) - 50.45)).toBeLessThan(0.3)
  })

  it('links a bin of several places to the oblast holding most of its events', () => {
    const [bin] = hexbin(
      [
        at(47.1, 37.55, 'ua-mariupol', 'ua-donetsk-oblast', 2),
        at(47.1, 37.55, 'ua-sartana', 'ua-donetsk-oblast'),
      ],
      80,
    )
    expect(bin).toMatchObject({ count: 3, placeId: 'ua-donetsk-oblast' })
  })
})
