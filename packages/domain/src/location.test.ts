import { describe, expect, it } from 'vitest'
import { placeById } from './gazetteer/places.ts'
import { finerThan, gazetteerLocation, isMappable, placePrecision } from './location.ts'

describe('gazetteerLocation', () => {
  it('takes the finest place named: the city over its oblast and the country', () => {
    const kharkiv = placeById('ua-kharkiv')
    const found = gazetteerLocation(['ua', 'ua-kharkiv-oblast', 'ua-kharkiv'], placeById)
    expect(found).toEqual({ ...kharkiv?.coordinates, precision: 'settlement', origin: 'gazetteer' })
  })

  it('gives an oblast, or the country, when nothing finer is named', () => {
    expect(gazetteerLocation(['ua', 'ua-odesa-oblast'], placeById)?.precision).toBe('oblast')
    expect(gazetteerLocation(['ua'], placeById)?.precision).toBe('country')
  })

  it('gives none for places the gazetteer does not know', () => {
    expect(gazetteerLocation(['nowhere'], placeById)).toBeUndefined()
  })
})

describe('precision', () => {
  it('orders exact before settlement before country', () => {
    expect(finerThan('exact', 'settlement')).toBe(true)
    expect(finerThan('country', 'oblast')).toBe(false)
  })

  it('reads a gazetteer kind', () => {
    const ua = placeById('ua')
    if (!ua) throw new Error('the gazetteer has Ukraine')
    expect(placePrecision(ua)).toBe('country')
  })

  it('keeps a country-level point off the map', () => {
    expect(isMappable({ lat: 49, lon: 32, precision: 'country', origin: 'gazetteer' })).toBe(false)
    expect(isMappable({ lat: 49, lon: 32, precision: 'oblast', origin: 'gazetteer' })).toBe(true)
  })
})
