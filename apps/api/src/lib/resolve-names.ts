import type { NamedEntry } from '@sitrep/domain'
import type { Store } from '@sitrep/store'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error.ts'
import type { AppEnv } from './app-env.ts'
import { type Resolution, resolveEntry } from './name-resolver.ts'

/** The query parameters that take an id from a dictionary, and which dictionary. */
const PARAMETERS = { placeId: 'place', actorId: 'actor' } as const
type Dictionary = (typeof PARAMETERS)[keyof typeof PARAMETERS]

/** Longer than any id or name in the dictionaries: refused without a search for suggestions. */
const MAX_TYPED = 200

/**
 * The dictionaries change only when editors add an actor, so a copy serves for a minute; a name
 * the copy does not know is looked up again in the store before it is refused.
 */
const FRESH_MS = 60_000

interface Kept {
  readonly entries: readonly NamedEntry[]
  readonly at: number
}

const refusal = (parameter: string, dictionary: Dictionary, typed: string, found: Resolution) => {
  const suggestions = 'suggestions' in found ? found.suggestions : []
  const meant = suggestions.map((entry) => `${entry.id} (${entry.name})`).join(', ')
  const message =
    'ambiguous' in found && found.ambiguous
      ? `"${typed}" names more than one ${dictionary}: ${meant}; give the id`
      : `no ${dictionary} has the id or name "${typed}"${meant ? `; did you mean ${meant}?` : ''}`
  return new ApiError('validation', message, [{ path: parameter, message }], {
    suggestions: suggestions.map(({ id, name }) => ({ id, name })),
  })
}

/**
 * Lets `placeId` and `actorId` take a name where they take an id (`placeId=kharkiv`,
 * `actorId=Zelenskyy`): the name is resolved through the store's dictionaries before the route
 * validates its query, so every list, export, stats and disputes route gets the id. A name that
 * matches nothing, or several entries, is a 400 problem with up to five suggestions.
 */
export const resolveNames = (): MiddlewareHandler<AppEnv> => {
  const kept = new WeakMap<Store, Map<Dictionary, Kept>>()
  const load = async (store: Store, dictionary: Dictionary): Promise<Kept> => {
    const entries = dictionary === 'place' ? await store.listPlaces() : await store.listActors()
    const fresh = { entries, at: Date.now() }
    const byDictionary = kept.get(store) ?? new Map<Dictionary, Kept>()
    byDictionary.set(dictionary, fresh)
    kept.set(store, byDictionary)
    return fresh
  }
  const resolve = async (store: Store, dictionary: Dictionary, typed: string) => {
    const copy = kept.get(store)?.get(dictionary)
    if (copy && Date.now() - copy.at < FRESH_MS) {
      const found = resolveEntry(copy.entries, typed)
      if ('id' in found) return found
    }
    return resolveEntry((await load(store, dictionary)).entries, typed)
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const url = new URL(c.req.url)
    let changed = false
    for (const [parameter, dictionary] of Object.entries(PARAMETERS)) {
      const typed = url.searchParams.get(parameter)
      // Empty or absent: the route's own validation says what is wrong.
      if (!typed) continue
      const found =
        typed.length > MAX_TYPED
          ? { suggestions: [], ambiguous: false }
          : await resolve(c.var.store, dictionary, typed)
      if (!('id' in found)) throw refusal(parameter, dictionary, typed, found)
      if (found.id !== typed) {
        url.searchParams.set(parameter, found.id)
        changed = true
      }
    }
    if (changed) c.req.raw = new Request(url, c.req.raw)
    await next()
  }
}
