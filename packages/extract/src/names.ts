import { type Lexicon, normaliseName } from '@sitrep/domain'
import { forgettable } from './memories.ts'
import { namesOtherBearer } from './other-bearer.ts'
import { type Word, wordsOf } from './words.ts'

/** A name found in a text and what the dictionaries make of it. */
export interface NameMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly actorId?: string
  readonly placeId?: string
}

/**
 * Adjectives of nationality name a state ("Ukrainian officials", "Russian drones"); the actor
 * dictionary holds states under their names only, so the adjectives live with the reader.
 */
const DEMONYMS: Record<string, string> = {
  ukrainian: 'ukraine',
  russian: 'russia',
  german: 'germany',
  norwegian: 'norway',
  british: 'united-kingdom',
  american: 'united-states',
  french: 'france',
  polish: 'poland',
  turkish: 'turkey',
  belarusian: 'belarus',
  swiss: 'switzerland',
}
export const stateOfDemonym = (word: string): string | undefined => DEMONYMS[word.toLowerCase()]

const CAPITALISED = /[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}\p{M}’'.-]*/u
/** Lower-case joiners inside a name: looked up in a set, as every word of a run of capitals is. */
const CONNECTOR: ReadonlySet<string> = new Set([
  'of',
  'in',
  'for',
  'the',
  'de',
  'von',
  'der',
  'al',
  'and',
])

/** A name without its possessive ending and full stop; done for every stretch looked up. */
const bare = (s: string): string => {
  let out = s
  if (out.endsWith('’s') || out.endsWith("'s")) out = out.slice(0, -2)
  else if (out.endsWith('’') || out.endsWith("'")) out = out.slice(0, -1)
  return out.endsWith('.') ? out.slice(0, -1) : out
}

/** Starts with a capital letter; ASCII answered without the Unicode pattern. */
const UPPER_FIRST = /^\p{Lu}/u
const upperFirst = (word: string): boolean => {
  const c = word.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word)
}

type Known = { actorId?: string; placeId?: string } | undefined

/**
 * Every stretch of a capitalised run is looked up, and each lookup normalises the name
 * (Unicode decomposition): remembered answers keep the extractor fast. One memory per lexicon,
 * so an editor's dictionary never answers for another's; bounded, so a megabyte of random
 * capitals cannot grow it without limit.
 */
let memories = new WeakMap<Lexicon, Map<string, Known>>()
forgettable(() => {
  memories = new WeakMap()
})
const lookUp = (name: string, lexicon: Lexicon): Known => {
  let known = memories.get(lexicon)
  if (!known) {
    known = new Map<string, Known>()
    memories.set(lexicon, known)
  }
  const hit = known.get(name)
  if (hit !== undefined || known.has(name)) return hit
  const placeId = lexicon.resolvePlace(name)
  const actorId = lexicon.resolveActor(name)
  const found: Known =
    placeId || actorId
      ? { ...(actorId ? { actorId } : {}), ...(placeId ? { placeId } : {}) }
      : undefined
  if (known.size > 50_000) known.clear()
  known.set(name, found)
  return found
}

/**
 * Runs of capitalised words (with "of", "in", "the" inside them: "Ministry of Defence in
 * Moscow"), then the longest stretches of each run that a dictionary knows. Offsets are into the
 * article when `offset` is the text's position in it.
 */
export const findNames = (text: string, offset: number, lexicon: Lexicon): NameMention[] => {
  const ws = wordsOf(text)
  const found: NameMention[] = []
  let i = 0
  while (i < ws.length) {
    const first = ws[i]
    // an ASCII capital satisfies CAPITALISED too
    if (
      !first ||
      !upperFirst(first.text) ||
      (first.text.charCodeAt(0) >= 128 && !CAPITALISED.test(first.text))
    ) {
      i++
      continue
    }
    let j = i + 1
    while (j < ws.length) {
      const w = ws[j]
      if (w && upperFirst(w.text)) {
        j++
        continue
      }
      // "Ministry of Defence in Moscow", "Ursula von der Leyen": lower-case joiners inside a name
      let k = j
      while (ws[k] && CONNECTOR.has(ws[k]?.text ?? '')) k++
      const next = ws[k]
      if (k > j && next && upperFirst(next.text)) j = k + 1
      else break
    }
    // "Odesa region", "Kharkiv oblast", "Krasnodar territory": the gazetteer lists regions
    // under these names
    if (/^(?:region|oblast|province|krai|kray|territory)$/.test(ws[j]?.text ?? '')) j++
    found.push(...bestNames(text, ws.slice(i, j), offset, lexicon))
    i = j
  }
  return found
}

/** The actor a name refers to, through the same remembered lookups. */
export const knownActor = (name: string, lexicon: Lexicon): string | undefined =>
  lookUp(name, lexicon)?.actorId

/** The gazetteer entry a name refers to, through the same remembered lookups. */
export const knownPlace = (name: string, lexicon: Lexicon): string | undefined =>
  lookUp(name, lexicon)?.placeId

const MAX_NAME_WORDS = 10

/** Longest known stretches of a run, left to right, never overlapping. */
/** Whether the word at `at` is the first of the text or follows a sentence's or quote's end. */
const opensSentence = (text: string, at: number): boolean => {
  let i = at - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || '.!?:;"“”\n'.includes(text[i] ?? '')
}

/**
 * A lone known surname right after a given name that is not its person's ("Oleksiy Kuleba"
 * where the dictionary knows Dmytro Kuleba by "Kuleba"): the run names another person.
 */
const otherBearer = (
  run: readonly Word[],
  i: number,
  text: string,
  known: NonNullable<Known>,
  lexicon: Lexicon,
): boolean => {
  const before = run[i - 1]
  const word = run[i]
  if (!known.actorId || known.placeId || !before || !word) return false
  if (text.slice(before.end, word.start) !== ' ' || lookUp(before.text, lexicon)) return false
  if (stateOfDemonym(before.text) || opensSentence(text, before.start)) return false
  const actor = lexicon.actor(known.actorId)
  return actor !== undefined && namesOtherBearer(before.text, actor)
}

const bestNames = (
  text: string,
  run: readonly Word[],
  offset: number,
  lexicon: Lexicon,
): NameMention[] => {
  const out: NameMention[] = []
  let i = 0
  while (i < run.length) {
    let hit: NameMention | undefined
    // No dictionary name is longer than this many words; the cap keeps a hostile run of
    // capitals ("Kyiv Kyiv Kyiv …") linear rather than cubic.
    for (let j = Math.min(run.length, i + MAX_NAME_WORDS); j > i && !hit; j--) {
      const a = run[i]
      const b = run[j - 1]
      if (!a || !b || CONNECTOR.has(a.text) || CONNECTOR.has(b.text)) continue
      const name = bare(text.slice(a.start, b.end))
      const known = lookUp(name, lexicon)
      if (known && !(i === j - 1 && otherBearer(run, i, text, known, lexicon)))
        hit = { start: offset + a.start, end: offset + a.start + name.length, text: name, ...known }
    }
    if (hit) {
      out.push(hit)
      i = run.findIndex((w) => offset + w.start >= hit.end)
      if (i < 0) break
    } else i++
  }
  return out
}

/** The state an actor speaks for or belongs to ("zelensky" → "ukraine"). */
export const stateOfActor = (actorId: string, lexicon: Lexicon): string | undefined =>
  lexicon.actor(actorId)?.stateId

/** The state whose territory a place is in, through the country code ("ua-kyiv" → "ukraine"). */
export const stateOfPlace = (placeId: string, lexicon: Lexicon): string | undefined => {
  // asked for every place of every sentence, and each answer normalises a country's name
  let known = placeStates.get(lexicon)
  if (!known) {
    known = new Map<string, string | undefined>()
    placeStates.set(lexicon, known)
  }
  if (known.has(placeId)) return known.get(placeId)
  const state = readStateOfPlace(placeId, lexicon)
  if (known.size > 50_000) known.clear()
  known.set(placeId, state)
  return state
}
let placeStates = new WeakMap<Lexicon, Map<string, string | undefined>>()
forgettable(() => {
  placeStates = new WeakMap()
})

const readStateOfPlace = (placeId: string, lexicon: Lexicon): string | undefined => {
  const place = lexicon.place(placeId)
  if (!place) return undefined
  const country =
    place.country === 'GB'
      ? 'United Kingdom'
      : (lexicon.place(place.country.toLowerCase())?.name ?? place.country)
  return lexicon.resolveActor(country)
}

/** The gazetteer's country entry for a state actor ("ukraine" → "ua"). */
export const countryOfState = (stateId: string, lexicon: Lexicon): string | undefined =>
  lexicon.actor(stateId)?.countryId

/** A slug for a name no dictionary holds, so a draft stays a valid record. */
export const proposedId = (name: string): string =>
  `new-${
    normaliseName(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 100) || 'name'
  }`
