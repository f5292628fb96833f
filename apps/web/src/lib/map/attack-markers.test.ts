import { placeById } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { attackMarkers, markerRadius } from './attack-markers.ts'

const attacks = seedDataset.records.flatMap((r) => (r.kind === 'attack' ? [r] : []))

describe('attack markers from the seed', () => {
  const markers = attackMarkers(attacks, placeById)
  const at = (id: string) => markers.find((m) => m.place.id === id)

  it('marks the cities hit, not the oblast around Kyiv as well', () => {
    expect(markers.map((m) => m.place.id).sort()).toEqual([
      'ru-moscow',
      'ru-nizhny-novgorod',
      'ua-ivano-frankivsk',
      'ua-kharkiv',
      'ua-kyiv',
    ])
  })

  it('gives Kyiv the counts scoped to it, not the nationwide toll', () => {
    expect(at('ua-kyiv')?.killed).toEqual({ low: 1, high: Number.POSITIVE_INFINITY })
    expect(at('ua-kyiv')?.injured).toEqual({ low: 8, high: 8 })
    expect(at('ua-kharkiv')?.killed).toBeUndefined()
  })

  it('sizes a marker by its casualty floors', () => {
    const kyiv = at('ua-kyiv')
    const kharkiv = at('ua-kharkiv')
    expect(kyiv && kharkiv && markerRadius(kyiv) > markerRadius(kharkiv)).toBe(true)
  })
})
