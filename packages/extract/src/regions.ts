import type { Lexicon, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import type { NameMention } from './names.ts'
import { proposedId } from './names.ts'

/**
 * "The Saratov Region", "the Kursk and Belgorod regions": the gazetteer holds Russia's cities but
 * not its regions (oblasts, krais, republics), so a city's name followed by "region" names the
 * region, kept under a proposed id ("new-saratov-region") for the editor rather than read as the
 * city. Ukraine's oblasts are in the gazetteer under these names already.
 */
const REGION_AFTER = /^\s+(?:Region|region|Oblast|oblast|Krai|krai|Province|province)\b/
const LAST_OF_REGIONS =
  /^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b/u
const DISTRICT_AFTER = /^\s+[Dd]istrict\b(?!\s+of\b)/
const IN_LIST_OF_REGIONS = /^\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b/
/** "the western Russian region of Voronezh": the region named before its city's name. */
const REGION_BEFORE = /\b(?:region|oblast|province)\s+of\s+(?:the\s+)?$/i
const regionBefore = (s: ArticleSentence, n: NameMention): boolean =>
  REGION_BEFORE.test(s.text.slice(Math.max(0, n.start - s.start - 30), n.start - s.start))

/** The country each proposed region or district id lies in, as its city does. */
const countries = new Map<string, string>()
export const countryOfRegion = (id: string): string | undefined => countries.get(id)

const proposed = (n: NameMention, name: string, country: string): NewName => {
  const id = proposedId(name)
  countries.set(id, country)
  return { type: 'place', name, proposedId: id, span: { start: n.start, end: n.end } }
}

export const regionOf = (
  s: ArticleSentence,
  n: NameMention,
  lexicon: Lexicon,
): NewName | undefined => {
  const place = n.placeId ? lexicon.place(n.placeId) : undefined
  if (place?.kind !== 'city') return undefined
  const after = s.text.slice(n.end - s.start, n.end - s.start + 120)
  // "Kharkiv district": the raion around a city, which the gazetteer does not hold either
  if (DISTRICT_AFTER.test(after)) return proposed(n, `${n.text} district`, place.country)
  if (place.country === 'UA') return undefined
  if (
    !REGION_AFTER.test(after) &&
    !LAST_OF_REGIONS.test(after) &&
    !IN_LIST_OF_REGIONS.test(after) &&
    !regionBefore(s, n)
  )
    return undefined
  return proposed(n, `${n.text} region`, place.country)
}

/**
 * "Kharkiv, Sumy and Poltava regions": Ukraine's oblasts are in the gazetteer, but named in a
 * list only the last one stands next to "regions"; each city of the list names its oblast.
 */
export const oblastInList = (
  s: ArticleSentence,
  n: NameMention,
  lexicon: Lexicon,
): string | undefined => {
  const place = n.placeId ? lexicon.place(n.placeId) : undefined
  if (place?.kind !== 'city' || place.country !== 'UA') return undefined
  const after = s.text.slice(n.end - s.start, n.end - s.start + 120)
  if (!LAST_OF_REGIONS.test(after) && !IN_LIST_OF_REGIONS.test(after) && !regionBefore(s, n))
    return undefined
  const oblast = `${place.id}-oblast`
  return lexicon.place(oblast) ? oblast : undefined
}

/** The regions a sentence names (see `regionOf`), for the draft's new names. */
export const regionsIn = (s: ArticleSentence, lexicon: Lexicon): NewName[] =>
  s.names.flatMap((n) => regionOf(s, n, lexicon) ?? [])
