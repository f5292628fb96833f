import { describe, expect, it } from 'vitest'
import { oblastAreas } from './boundaries.ts'
import { splitMapParams } from './map-params.ts'
import { OBLAST_IDS } from './oblast-ids.ts'

describe('splitMapParams', () => {
  it("takes the map's parameters off the list's", () => {
    expect(splitMapParams({ map: 'oblasts', zoom: '3', from: '2024-01-01' })).toEqual({
      mode: 'oblasts',
      zoom: 3,
      list: { from: '2024-01-01' },
    })
  })

  it('falls back to hexbins at zoom 1 for values it cannot use', () => {
    expect(splitMapParams({ map: 'pie', zoom: '12' })).toMatchObject({ mode: 'bins', zoom: 1 })
  })
})

describe('OBLAST_IDS', () => {
  it('names every oblast outline by its gazetteer id', () => {
    const unnamed = oblastAreas.map((f) => f.properties.name).filter((n) => !OBLAST_IDS[n])
    expect(unnamed).toEqual([])
  })
})
