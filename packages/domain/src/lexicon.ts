import type { Actor } from './actor.ts'
import { actorById } from './actors/actors.ts'
import { buildNameIndex, resolveActor, resolveName, resolvePlace } from './aliases.ts'
import { placeById } from './gazetteer/places.ts'
import type { Place } from './place.ts'

/** The actor dictionary and gazetteer as a store holds them: the shipped ones plus additions. */
export interface Dictionaries {
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
}

/**
 * Lookups over one pair of dictionaries: by id, and by any listed spelling of a name (the
 * rules of `resolveActor` / `resolvePlace`: normalised, ambiguous names resolve to nothing).
 */
export interface Lexicon {
  readonly actor: (id: string) => Actor | undefined
  readonly place: (id: string) => Place | undefined
  readonly resolveActor: (name: string) => string | undefined
  readonly resolvePlace: (name: string) => string | undefined
}

/** The dictionaries compiled into this package. */
export const shippedLexicon: Lexicon = {
  actor: actorById,
  place: placeById,
  resolveActor,
  resolvePlace,
}

const build = ({ actors, places }: Dictionaries): Lexicon => {
  const actorIds = new Map(actors.map((a) => [a.id, a]))
  const placeIds = new Map(places.map((p) => [p.id, p]))
  const actorNames = buildNameIndex(actors)
  const placeNames = buildNameIndex(places)
  return {
    actor: (id) => actorIds.get(id),
    place: (id) => placeIds.get(id),
    resolveActor: (name) => resolveName(actorNames, name),
    resolvePlace: (name) => resolveName(placeNames, name),
  }
}

const built = new WeakMap<readonly Actor[], WeakMap<readonly Place[], Lexicon>>()

/**
 * The lexicon of these dictionaries, built once per pair of lists (cached by identity, so a
 * caller that keeps its lists keeps its indexes; a lexicon built for lists since dropped goes
 * with them).
 */
export const lexiconOf = (dictionaries: Dictionaries): Lexicon => {
  const byPlaces = built.get(dictionaries.actors) ?? new WeakMap<readonly Place[], Lexicon>()
  built.set(dictionaries.actors, byPlaces)
  const hit = byPlaces.get(dictionaries.places)
  if (hit) return hit
  const lexicon = build(dictionaries)
  byPlaces.set(dictionaries.places, lexicon)
  return lexicon
}
