/// <reference types="node" />
// The domain stays runtime-neutral (tsconfig "types": []); only this test spawns Node.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolvePlace } from '../aliases.ts'
import { placesWithin } from '../place.ts'
import { placeById, places } from './places.ts'

const script = fileURLToPath(new URL('../../scripts/build-gazetteer.mjs', import.meta.url))
const committed = fileURLToPath(new URL('./places.generated.json', import.meta.url))

const regions = places.filter((p) => p.kind === 'region' && p.country === 'UA')
const russianRegions = places.filter((p) => p.kind === 'region' && p.country === 'RU')

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
    const russian = places.filter((p) => p.kind === 'city' && p.country === 'RU')
    expect(russian.length).toBeGreaterThanOrEqual(200)
    const inRussia = placesWithin('ru', places)
    for (const c of russian) expect(inRussia.has(c.id), c.id).toBe(true)
  })

  it('has Russia’s 83 federal subjects as regions with ISO codes, Crimea staying Ukraine’s', () => {
    expect(russianRegions).toHaveLength(83)
    for (const r of russianRegions) {
      expect(r.parentId).toBe('ru')
      expect(r.isoCode).toMatch(/^RU-[A-Z]{2,3}$/)
    }
    expect(placeById('ru-belgorod-oblast')?.isoCode).toBe('RU-BEL')
    expect(placeById('ru-krasnodar-krai')?.isoCode).toBe('RU-KDA')
    expect(placeById('ru-tatarstan')?.isoCode).toBe('RU-TA')
    expect(placeById('ua-crimea')?.country).toBe('UA')
    expect(placeById('ua-sevastopol')?.country).toBe('UA')
  })

  it('answers to the names the news gives Russia’s regions, and keeps "Belgorod" the city', () => {
    const cases: Record<string, string> = {
      'Belgorod region': 'ru-belgorod-oblast',
      'Belgorod Oblast': 'ru-belgorod-oblast',
      'the Kursk region': 'ru-kursk-oblast',
      'Krasnodar Krai': 'ru-krasnodar-krai',
      'Krasnodar territory': 'ru-krasnodar-krai',
      'Republic of Tatarstan': 'ru-tatarstan',
      Bashkortostan: 'ru-bashkortostan',
      'North Ossetia': 'ru-north-ossetia',
      'Rostov-on-Don region': 'ru-rostov-oblast',
      'Moscow region': 'ru-moscow-oblast',
      Belgorod: 'ru-belgorod',
      Shebekino: 'ru-shebekino',
      Moscow: 'ru-moscow',
    }
    for (const [name, id] of Object.entries(cases)) expect(resolvePlace(name), name).toBe(id)
  })

  it('places Chukotka, on both sides of the 180th meridian, in the Far East', () => {
    const lon = placeById('ru-chukotka-autonomous-okrug')?.coordinates.lon ?? 0
    expect(Math.abs(lon)).toBeGreaterThan(160)
  })

  it('puts Russian towns inside their regions and Moscow inside its federal city', () => {
    expect(placesWithin('ru-belgorod-oblast', places).has('ru-belgorod')).toBe(true)
    expect(placesWithin('ru-rostov-oblast', places).has('ru-novoshakhtinsk')).toBe(true)
    expect(placesWithin('ru-leningrad-oblast', places).has('ru-kirishi')).toBe(true)
    expect(placeById('ru-moscow')?.parentId).toBe('ru-moscow-city')
  })

  it('leaves out Russian towns whose names people bear, and city districts', () => {
    for (const name of ['Anna', 'Vladimir', 'Adler', 'Kamyshin', 'Azov'])
      expect(resolvePlace(name), name).toBeUndefined()
    expect(resolvePlace('Vladimir region')).toBe('ru-vladimir-oblast')
    expect(resolvePlace('Tambov')).toBe('ru-tambov')
    expect(placeById('ru-fili')).toBeUndefined()
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
