import { describe, expect, it } from 'vitest'
import { aidEurFloor } from './aid-value.ts'
import { casualtyBounds, casualtyFloorInside } from './casualty-bounds.ts'
import {
  germanPatriotPledge,
  norwayAirDefencePledge,
  weaponsProductionRequest,
} from './seed/aid.ts'
import { russianDroneWave, ukrainianDronesOverRussia } from './seed/attacks.ts'

describe('casualtyBounds', () => {
  it('reads "at least one in Kyiv" and "two nationwide" as exactly two killed', () => {
    expect(casualtyBounds(russianDroneWave, 'killed')).toEqual({ low: 2, high: 2 })
    expect(casualtyBounds(russianDroneWave, 'injured')).toEqual({ low: 15, high: 15 })
  })

  it('leaves the ceiling open when only a city count is known', () => {
    const kyivOnly = {
      ...russianDroneWave,
      claims: russianDroneWave.claims.filter((c) => c.id === 'at1-killed-kyiv'),
    }
    expect(casualtyBounds(kyivOnly, 'killed')).toEqual({ low: 1, high: null })
  })

  it('has no bounds for an attack with no casualty claims', () => {
    expect(casualtyBounds(ukrainianDronesOverRussia, 'killed')).toBeUndefined()
  })
})

describe('casualtyFloorInside', () => {
  /** Inside a place: itself, or listed as within it. */
  const insideOf =
    (place: string, within: readonly string[] = []) =>
    (id: string) =>
      id === place || within.includes(id)

  it('gives Kyiv its own count and no share of the nationwide toll', () => {
    expect(casualtyFloorInside(russianDroneWave, 'killed', insideOf('ua-kyiv'))).toBe(1)
    expect(casualtyFloorInside(russianDroneWave, 'injured', insideOf('ua-kyiv'))).toBe(8)
  })

  it('gives a region struck alongside others, with no count of its own, nothing', () => {
    expect(casualtyFloorInside(russianDroneWave, 'killed', insideOf('ua-kharkiv'))).toBeUndefined()
  })

  it('gives a place the whole toll when every place struck is inside it', () => {
    const country = insideOf('ua', [...russianDroneWave.placeIds])
    expect(casualtyFloorInside(russianDroneWave, 'killed', country)).toBe(2)
    expect(casualtyFloorInside(russianDroneWave, 'injured', country)).toBe(15)
  })
})

describe('aidEurFloor', () => {
  it.each([
    ['over €5 billion', weaponsProductionRequest, 5_000_000_000],
    [
      'two Patriots at around €1 billion each (at least 2 × €0.9bn)',
      germanPatriotPledge,
      1_800_000_000,
    ],
    ['a considerable contribution: unknown', norwayAirDefencePledge, undefined],
  ])('%s', (_name, aid, expected) => {
    expect(aidEurFloor(aid)).toBe(expected)
  })
})
