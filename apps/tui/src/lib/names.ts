import type { SitrepClient } from '@sitrep/client'
import type { Actor, Asserter, Place, Source } from '@sitrep/domain'

/** Readable names for the ids records hold; an id stays as it is until the dictionaries load. */
export interface Names {
  readonly actor: (id: string) => string
  readonly place: (id: string) => string
  readonly source: (id: string) => Source | undefined
  readonly actorEntry: (id: string) => Actor | undefined
}

export interface Dictionaries {
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
  readonly sources: readonly Source[]
}

export const namesFrom = ({ actors, places, sources }: Dictionaries): Names => {
  const actorById = new Map(actors.map((a) => [a.id, a]))
  const placeById = new Map(places.map((p) => [p.id, p]))
  const sourceById = new Map(sources.map((s) => [s.id, s]))
  return {
    actor: (id) => actorById.get(id)?.name ?? id,
    place: (id) => placeById.get(id)?.name ?? id,
    source: (id) => sourceById.get(id),
    actorEntry: (id) => actorById.get(id),
  }
}

export const emptyDictionaries: Dictionaries = { actors: [], places: [], sources: [] }

export const asserterName = (asserter: Asserter, names: Names): string =>
  asserter.type === 'actor' ? names.actor(asserter.actorId) : asserter.description

/** Actors, places and sources in one go: the names for every id the records hold. */
export const fetchDictionaries = async (client: SitrepClient): Promise<Dictionaries> => {
  const [actors, places, sources] = await Promise.all([
    client.actors(),
    client.places(),
    client.sources.all(),
  ])
  return { actors: actors.items, places: places.items, sources: sources.items }
}
