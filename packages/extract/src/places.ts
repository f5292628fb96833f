import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { countryOfState, stateOfDemonym, stateOfPlace } from './names.ts'

/**
 * "The capital" and "its surroundings" name places by their role. The gazetteer holds no
 * capital flag, so the two states this war is between are listed here.
 */
const CAPITALS: Record<string, { city: string; surroundings?: string }> = {
  ukraine: { city: 'ua-kyiv', surroundings: 'ua-kyiv-oblast' },
  russia: { city: 'ru-moscow' },
}

export const capitalOf = (stateId: string): string | undefined => CAPITALS[stateId]?.city

/** The other side, for a report that names only one of Russia and Ukraine. */
export const opponentOf = (stateId: string): string | undefined =>
  stateId === 'russia' ? 'ukraine' : stateId === 'ukraine' ? 'russia' : undefined

/** Cities and regions named in a sentence, and the capital and its surroundings by role. */
export const placesIn = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): string[] => {
  const ids = s.names.flatMap((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    return place && place.kind !== 'country' ? [place.id] : []
  })
  const capital = targetId ? CAPITALS[targetId] : undefined
  if (capital && /\bthe capital\b/i.test(s.text)) ids.unshift(capital.city)
  if (
    capital?.surroundings &&
    /\b(?:its|the) (?:surroundings|surrounding region|outskirts)\b/i.test(s.text)
  )
    ids.splice(1, 0, capital.surroundings)
  return [...new Set(ids)]
}

/** States whose territory the sentence names: "on Kiev", "over Russian territory". */
export const statesNamedAsTerritory = (s: ArticleSentence, lexicon: Lexicon): string[] => {
  const states = s.names.flatMap((n) => {
    const st = n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined
    return st ? [st] : []
  })
  for (const m of s.text.matchAll(/\bover (\p{Lu}\p{Ll}+) (?:territory|regions?|airspace)\b/gu)) {
    const st = m[1] ? stateOfDemonym(m[1]) : undefined
    if (st) states.unshift(st)
  }
  return [...new Set(states)]
}

/** Scope of a count: the whole country ("across the country") or the first place named. */
export const scopeIn = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): string | undefined => {
  const country = targetId ? countryOfState(targetId, lexicon) : undefined
  if (
    country &&
    /\b(?:across the country|nationwide|throughout the country|country as a whole|all over the country|(?:across|against) (?:Ukraine|Russia)|over (?:\p{Lu}\p{Ll}+) (?:territory|airspace))\b/u.test(
      s.text,
    )
  )
    return country
  // Several places named together ("the Bryansk, Kursk and Belgorod regions") share the count.
  const inTarget = placesIn(s, targetId, lexicon).filter(
    (id) => !country || lexicon.place(id)?.country === country.toUpperCase(),
  )
  return inTarget.length === 1 ? inTarget[0] : undefined
}
