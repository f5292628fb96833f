import { buildNameIndex, type NamedEntry, normaliseName } from '@sitrep/domain'

/** What a name in a query parameter comes to: one id, or the entries it may have meant. */
export type Resolution =
  | { readonly id: string }
  | { readonly suggestions: readonly NamedEntry[]; readonly ambiguous: boolean }

const MAX_SUGGESTIONS = 5

/** Edits between two short strings (Levenshtein), stopping early past `limit`. */
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/**
 * How close an entry is to what was typed, or undefined when it is not worth suggesting: a name
 * or alias that starts with it or holds it, else one within a few typing errors ("Kharkov" for
 * Kharkiv, "zelenskiy" for Zelensky).
 */
const closeness = (typed: string, entry: NamedEntry): number | undefined => {
  const limit = Math.max(1, Math.floor(typed.length / 3))
  let best: number | undefined
  for (const name of [entry.id, entry.name, ...entry.aliases]) {
    const key = normaliseName(name)
    const score = key.startsWith(typed)
      ? 0
      : key.includes(typed)
        ? 1
        : 2 + distance(typed, key, limit)
    if (score <= limit + 2 && (best === undefined || score < best)) best = score
  }
  return best
}

/**
 * The id a query parameter means: an id as it is, else a name or alias of exactly one entry
 * (case, diacritics and punctuation folded, as the extractor reads names). A name no entry has,
 * or several have, comes back with up to five entries to suggest.
 */
export const resolveEntry = (entries: readonly NamedEntry[], typed: string): Resolution => {
  if (entries.some((entry) => entry.id === typed)) return { id: typed }
  const index = buildNameIndex(entries)
  const key = normaliseName(typed)
  const id = index.ids.get(key)
  if (id) return { id }
  const owners = index.ambiguous.get(key)
  if (owners) {
    const byId = new Map(entries.map((entry) => [entry.id, entry]))
    return {
      ambiguous: true,
      suggestions: owners.flatMap((owner) => byId.get(owner) ?? []).slice(0, MAX_SUGGESTIONS),
    }
  }
  const ranked = entries
    .flatMap((entry) => {
      const score = key ? closeness(key, entry) : undefined
      return score === undefined ? [] : [{ entry, score }]
    })
    .sort((a, b) => a.score - b.score || a.entry.id.localeCompare(b.entry.id))
  return {
    ambiguous: false,
    suggestions: ranked.slice(0, MAX_SUGGESTIONS).map(({ entry }) => entry),
  }
}
