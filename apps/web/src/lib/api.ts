import { type ClientOptions, createClient } from '@sitrep/client'
import type { Actor, Place, Source } from '@sitrep/domain'
import { freshFor } from './fresh-for.ts'

/**
 * Where the API answers; an empty variable counts as unset, as in the API's own entry. The
 * package's start script points it at the API that `npm start` runs beside the web (its PORT).
 */
const baseUrl = process.env.SITREP_API_URL || 'http://localhost:8787'

/**
 * The one client the server components share; it only runs on the server, so a key set for an
 * API that requires one for reads (SITREP_API_KEY) never reaches a browser.
 */
export const apiOptions: ClientOptions = {
  baseUrl,
  apiKey: process.env.SITREP_API_KEY || undefined,
}

export const api = createClient(apiOptions)

/** Writes (the ingest page) need the web server's own key; readers never see it. */
export const hasApiKey = () => apiOptions.apiKey !== undefined

export interface Dictionaries {
  readonly actor: (id: string) => Actor | undefined
  readonly place: (id: string) => Place | undefined
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
}

/** How long the dictionaries and the source list are reused before the API is asked again. */
const DICTIONARY_TTL_MS = 60_000

/** The actor dictionary and the gazetteer, shared by every page for a minute. */
export const dictionaries = freshFor(DICTIONARY_TTL_MS, async (): Promise<Dictionaries> => {
  const [{ items: actors }, { items: places }] = await Promise.all([api.actors(), api.places()])
  const actorById = new Map(actors.map((a) => [a.id, a]))
  const placeById = new Map(places.map((p) => [p.id, p]))
  return {
    actor: (id) => actorById.get(id),
    place: (id) => placeById.get(id),
    actors,
    places,
  }
})

/**
 * The source documents by id, for evidence to name its source; shared for a minute, so an
 * article ingested just now may show its id rather than its title until then.
 */
export const sourceIndex = freshFor(
  DICTIONARY_TTL_MS,
  async (): Promise<ReadonlyMap<string, Source>> => {
    const { items } = await api.sources.list()
    return new Map(items.map((s) => [s.id, s]))
  },
)
