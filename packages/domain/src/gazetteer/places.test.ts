/// <reference types="node" />
// The domain stays runtime-neutral (tsconfig "types": []); only this test spawns Node.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { placesWithin } from '../place.ts'
import { placeById, places } from './places.ts'

const script = fileURLToPath(new URL('../../scripts/build-gazetteer.mjs', import.meta.url))
const committed = fileURLToPath(new URL('./places.generated.json', import.meta.url))

const regions = places.filter((p) => p.kind === 'region')

/**
 * Each region's administrative centre. Kyiv oblast has none here: its centre, Kyiv, is a region
 * of its own (UA-30), and Sevastopol's city and region are one entry.
 */
const centres: Record<string, string> = {
  'ua-cherkasy-oblast': 'ua-cherkasy',
  'ua-chernihiv-oblast': 'ua-chernihiv',
  'ua-chernivtsi-oblast': 'ua-chernivtsi',
  'ua-crimea': 'ua-simferopol',
  'ua-dnipropetrovsk-oblast': 'ua-dnipro',
  'ua-donetsk-oblast': 'ua-donetsk',
  'ua-ivano-frankivsk-oblast': 'ua-ivano-frankivsk',
  'ua-kharkiv-oblast': 'ua-kharkiv',
  'ua-kherson-oblast': 'ua-kherson',
  'ua-khmelnytskyi-oblast': 'ua-khmelnytskyi',
  'ua-kirovohrad-oblast': 'ua-kropyvnytskyi',
  'ua-kyiv-city': 'ua-kyiv',
  'ua-luhansk-oblast': 'ua-luhansk',
  'ua-lviv-oblast': 'ua-lviv',
  'ua-mykolaiv-oblast': 'ua-mykolaiv',
  'ua-odesa-oblast': 'ua-odesa',
  'ua-poltava-oblast': 'ua-poltava',
  'ua-rivne-oblast': 'ua-rivne',
  'ua-sumy-oblast': 'ua-sumy',
  'ua-ternopil-oblast': 'ua-ternopil',
  'ua-vinnytsia-oblast': 'ua-vinnytsia',
  'ua-volyn-oblast': 'ua-lutsk',
  'ua-zakarpattia-oblast': 'ua-uzhhorod',
  'ua-zaporizhzhia-oblast': 'ua-zaporizhzhia',
  'ua-zhytomyr-oblast': 'ua-zhytomyr',
}

describe('gazetteer', () => {
  it('is exactly what the generator produces from its dataset packages', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'places.json')
    execFileSync(process.execPath, [script, out])
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      JSON.parse(readFileSync(committed, 'utf8')),
    )
  }, 60_000)

  it('gives every place a unique id', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length)
  })

  it('keeps the ids the seed data uses', () => {
    const ids = ['ua', 'ru', 'tr', 'de', 'no', 'gb', 'us', 'by', 'pl', 'ua-kyiv', 'ua-kyiv-city']
    ids.push('ua-kyiv-oblast', 'ua-kharkiv', 'ua-kharkiv-oblast', 'ua-ivano-frankivsk')
    ids.push('ua-ivano-frankivsk-oblast', 'tr-istanbul', 'ru-moscow', 'ru-nizhny-novgorod')
    ids.push('de-berlin', 'no-oslo', 'ua-crimea', 'ua-sevastopol')
    for (const id of ids) expect(placeById(id), id).toBeDefined()
  })

  it('has all 24 oblasts, Crimea, Kyiv and Sevastopol as regions of Ukraine with ISO codes', () => {
    expect(regions).toHaveLength(27)
    expect(regions.filter((r) => r.id.endsWith('-oblast'))).toHaveLength(24)
    for (const r of regions) {
      expect(r.parentId).toBe('ua')
      expect(r.isoCode).toMatch(/^UA-\d\d$/)
    }
    expect(new Set(regions.map((r) => r.isoCode)).size).toBe(27)
    expect(placeById('ua-kyiv-city')?.isoCode).toBe('UA-30')
    expect(placeById('ua-kyiv-oblast')?.isoCode).toBe('UA-32')
    expect(placeById('ua-kharkiv-oblast')?.isoCode).toBe('UA-63')
  })

  it('puts every regional centre inside its region', () => {
    for (const [region, centre] of Object.entries(centres)) {
      expect(placesWithin(region, places).has(centre), `${centre} in ${region}`).toBe(true)
    }
  })

  it('finds towns of Kyiv oblast, but not the city of Kyiv, within Kyiv oblast', () => {
    const within = placesWithin('ua-kyiv-oblast', places)
    expect(within.has('ua-bila-tserkva')).toBe(true)
    expect(within.has('ua-brovary')).toBe(true)
    expect(within.has('ua-kyiv')).toBe(false)
    expect(placesWithin('ua', places).has('ua-kyiv')).toBe(true)
  })

  it('places Ukrainian and Russian cities in their countries', () => {
    expect(placesWithin('ua', places).size).toBeGreaterThan(100)
    const russian = places.filter((p) => p.kind === 'city' && p.parentId === 'ru')
    expect(russian.length).toBeGreaterThanOrEqual(20)
  })

  it('keeps every parent id pointing at an entry', () => {
    for (const p of places) if (p.parentId) expect(placeById(p.parentId), p.id).toBeDefined()
  })

  it('keeps coordinates plausible: Ukrainian places inside Ukraine’s bounding box', () => {
    for (const p of placesWithin('ua', places)) {
      const { lat, lon } = placeById(p)?.coordinates ?? { lat: 0, lon: 0 }
      expect(lat, p).toBeGreaterThan(44)
      expect(lat, p).toBeLessThan(52.5)
      expect(lon, p).toBeGreaterThan(22)
      expect(lon, p).toBeLessThan(40.3)
    }
  })
})
