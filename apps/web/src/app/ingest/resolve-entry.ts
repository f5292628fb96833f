import type { Actor, NewName, Place } from '@sitrep/domain'

/** The dictionaries a choice is checked against (the shape of `dictionaries()` in lib/api.ts). */
export interface EntryDictionaries {
  readonly actor: (id: string) => Actor | undefined
  readonly place: (id: string) => Place | undefined
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
}

export type EntryType = NewName['type']

/** An entry the editor can map a new name to, as the review shows it. */
export interface Entry {
  readonly id: string
  readonly name: string
}

export type Resolved =
  | { readonly ok: true; readonly entry: Entry }
  | { readonly ok: false; readonly error: string }

/** A dictionary id or name is at most 200 characters; anything longer is not worth looking up. */
export const MAX_CHOICE = 200

/** Long or odd values are echoed in messages cut short, never whole. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value)

const entryOf = (e: Actor | Place): Entry => ({ id: e.id, name: e.name })

const byName = (value: string, entries: readonly (Actor | Place)[]) => {
  const wanted = value.toLowerCase()
  return entries.filter(
    (e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted),
  )
}

const article = { actor: 'an actor', place: 'a place' } as const

/**
 * The existing entry a form value names, by id or by a name only one entry has. The datalist
 * of places lets an editor type a name, so a name is accepted; a name several places share
 * ("Zarichne") is refused rather than guessed.
 */
export const resolveEntry = (
  value: string,
  type: EntryType,
  newName: string,
  dict: EntryDictionaries,
): Resolved => {
  if (value.length > MAX_CHOICE)
    return {
      ok: false,
      error: `The choice for “${newName}” is ${value.length} characters long: pick ${article[type]} from the list.`,
    }
  const byId = type === 'actor' ? dict.actor(value) : dict.place(value)
  if (byId) return { ok: true, entry: entryOf(byId) }
  const named = byName(value, type === 'actor' ? dict.actors : dict.places)
  const [only] = named
  if (only && named.length === 1) return { ok: true, entry: entryOf(only) }
  if (named.length > 1)
    return {
      ok: false,
      error: `“${shown(value)}” names ${named.length} ${type}s (${named.map((e) => e.id).join(', ')}): pick one of them for “${newName}”.`,
    }
  const other: EntryType = type === 'actor' ? 'place' : 'actor'
  if ((other === 'actor' ? dict.actor(value) : dict.place(value)) !== undefined)
    return {
      ok: false,
      error: `“${shown(value)}” is ${article[other]}, not ${article[type]}: “${newName}” can only be mapped to ${article[type]}.`,
    }
  return {
    ok: false,
    error: `No ${type} “${shown(value)}” in the ${type === 'actor' ? 'actor dictionary' : 'gazetteer'}: pick one from the list for “${newName}”, or keep it as a new name.`,
  }
}
