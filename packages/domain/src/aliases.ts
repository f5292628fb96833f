import { actors } from './actors/actors.ts'
import { places } from './gazetteer/places.ts'

export type NamedEntry = {
  readonly id: string
  readonly name: string
  readonly aliases: readonly string[]
}

export type NameIndex = {
  /** Normalised name -> the one entry it names. */
  readonly ids: ReadonlyMap<string, string>
  /** Normalised names that two or more entries answer to; they resolve to nothing. */
  readonly ambiguous: ReadonlyMap<string, readonly string[]>
}

/** Letters that Unicode decomposition leaves alone but English text writes without the mark. */
const FOLDED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' }

/** Decomposition leaves ASCII as it is, and it holds none of the folded letters. */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

// the extractor asks both dictionaries about the same name, one after the other
let lastText: string | undefined
let lastName = ''

/**
 * The comparison form of a name: case, diacritics (Støre, Erdoğan, ї/і), apostrophes and
 * quotes (Kramators’k), full stops (U.S., St. Petersburg), hyphens versus spaces
 * (Ivano Frankivsk) and a leading "the" make no difference.
 */
export const normaliseName = (text: string): string => {
  if (text === lastText) return lastName
  lastName = plainWords(text) ?? normaliseMarked(text)
  lastText = text
  return lastName
}

/**
 * Most names looked up are ASCII words split by single spaces ("Ukrainian President Volodymyr
 * Zelensky"): the patterns below would leave them as they are but lower-cased, so one pass over
 * the characters answers them; undefined for any other text.
 */
const plainWords = (text: string): string | undefined => {
  const n = text.length
  if (n === 0) return undefined
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    // a space only between two letters or digits: no run of blanks, none at either end
    const joins = c === 32 && i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 32
    if (!letter && !joins) return undefined
  }
  const lower = text.toLowerCase()
  return lower.startsWith('the ') ? lower.slice(4) : lower
}

const normaliseMarked = (text: string): string =>
  (isAscii(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[øæœßłđı]/g, (c) => FOLDED[c] ?? c)
  )
    .replace(/['’‘ʼ`´"“”„«».]/g, '')
    .replace(/[\s,\-‐‑–—_/]+/g, ' ')
    .trim()
    .replace(/^the /, '')

export const buildNameIndex = (entries: readonly NamedEntry[]): NameIndex => {
  const owners = new Map<string, Set<string>>()
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normaliseName(name)
      if (key === '') continue
      const set = owners.get(key) ?? new Set<string>()
      set.add(entry.id)
      owners.set(key, set)
    }
  }
  const ids = new Map<string, string>()
  const ambiguous = new Map<string, string[]>()
  for (const [key, set] of owners) {
    const [only, ...others] = set
    if (only !== undefined && others.length === 0) ids.set(key, only)
    else ambiguous.set(key, [...set].sort())
  }
  return { ids, ambiguous }
}

/**
 * The id a name refers to, or undefined when no entry, or more than one, answers to it: an
 * ambiguous name is never settled by a silent guess.
 */
export const resolveName = (index: NameIndex, text: string): string | undefined =>
  index.ids.get(normaliseName(text))

export const placeNames: NameIndex = buildNameIndex(places)
export const actorNames: NameIndex = buildNameIndex(actors)

/** The gazetteer id for a place name in any listed spelling: "Kiev" -> "ua-kyiv". */
export const resolvePlace = (name: string): string | undefined => resolveName(placeNames, name)

/** The actor id for a name in any listed spelling: "Umyerov" -> "umerov". */
export const resolveActor = (name: string): string | undefined => resolveName(actorNames, name)
