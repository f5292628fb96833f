import { places } from '@sitrep/domain'

/**
 * The queries an analyst's session makes, each as a family of distinct URLs: more of them than
 * the response cache keeps (1,000), visited in a shuffled order, so every request runs the query
 * as a first visit would. The cached figure is measured apart, on one URL.
 */
export interface Scenario {
  readonly name: string
  readonly urls: readonly string[]
}

const DAY = 86_400_000
const FIRST = Date.UTC(2022, 2, 1)
const day = (i: number) => new Date(FIRST + i * DAY).toISOString().slice(0, 10)
const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10)

const regions = places.filter((p) => p.kind === 'region' && p.country === 'UA').map((p) => p.id)
const cities = places
  .filter((p) => p.kind === 'city' && p.country === 'UA')
  .map((p) => p.name)
  .filter((name) => !/\s/.test(name))

/** A fixed shuffle (mulberry32), so every run visits the URLs in the same order. */
const shuffled = <T>(items: T[], seed = 7): T[] => {
  let a = seed
  const random = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
  return items
}

/** Attacks in one oblast over a quarter, 50 rows: every oblast, quarters starting on any day. */
const list = (): string[] =>
  regions.flatMap((placeId) =>
    Array.from({ length: 120 }, (_, i) => {
      const from = day(i * 11)
      return `/v1/attacks?from=${from}&to=${plusDays(from, 90)}&placeId=${placeId}&limit=50`
    }),
  )

/** The latest 50 records of every kind up to a day: the timeline opened at a date. */
const timeline = (): string[] =>
  Array.from({ length: 1500 }, (_, i) => `/v1/records?sort=-date&to=${day(i)}&limit=50`)

/** Two words, a weapon and a city, within one year, 50 rows. */
const search = (): string[] =>
  ['drone', 'missile', 'artillery', 'glide'].flatMap((weapon) =>
    cities.flatMap((city) =>
      ['2022', '2023', '2024', '2025', '2026'].map(
        (year) =>
          `/v1/search?q=${encodeURIComponent(`${weapon} ${city}`)}&from=${year}-01-01&to=${year}-12-31&limit=50`,
      ),
    ),
  )

/** Every figure of the overview for a year starting on any day. */
const stats = (): string[] =>
  Array.from({ length: 1200 }, (_, i) => `/v1/stats?from=${day(i)}&to=${plusDays(day(i), 365)}`)

/** The attacks page: the list above plus its total and the five facets it shows beside it. */
const facets = (): string[] =>
  list().map((url) => `${url}&facets=oblast,attacker,weapon,dataset,disputed`)

/** The disputes page's first 50 facts up to a day, with its total and counts by kind and fact. */
const disputes = (): string[] =>
  Array.from({ length: 1500 }, (_, i) => `/v1/disputes?to=${day(i)}&limit=50`)
/** The map of every attack up to a day (nearly all of them), at each zoom. */
const map = (): string[] =>
  Array.from({ length: 1200 }, (_, i) => `/v1/map?kind=attack&zoom=${i % 4}&to=${day(600 + i)}`)

export const scenarios = (): Scenario[] => [
  { name: 'list', urls: shuffled(list()) },
  { name: 'timeline', urls: shuffled(timeline()) },
  { name: 'search', urls: shuffled(search()) },
  { name: 'stats', urls: shuffled(stats()) },
  { name: 'facets', urls: shuffled(facets()) },
  { name: 'disputes', urls: shuffled(disputes()) },
  { name: 'map', urls: shuffled(map()) },
]
