import { createClient } from '@sitrep/client'
import type { Actor, Place, Source } from '@sitrep/domain'
import { cache } from 'react'

/**
 * Where the API answers; an empty variable counts as unset, as in the API's own entry. The
 * package's start script points it at the API that `npm start` runs beside the web (its PORT).
 */
const baseUrl = process.env.SITREP_API_URL || 'http://localhost:8787'

/** The one client the server components share; it only runs on the server. */
export const api = createClient({ baseUrl })

export interface Dictionaries {
  readonly actor: (id: string) => Actor | undefined
  readonly place: (id: string) => Place | undefined
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
}

/** The actor dictionary and the gazetteer, fetched once per request however many parts ask. */
export const dictionaries = cache(async (): Promise<Dictionaries> => {
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

/** The source documents by id, fetched once per request, for evidence to name its source. */
export const sourceIndex = cache(async (): Promise<ReadonlyMap<string, Source>> => {
  const { items } = await api.sources.list()
  return new Map(items.map((s) => [s.id, s]))
})
