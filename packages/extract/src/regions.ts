import type { Lexicon, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import type { NameMention } from './names.ts'
import { knownPlace, proposedId } from './names.ts'

/**
 * "The Saratov Region", "the Kursk and Belgorod regions": a city's name followed by "region"
 * names the region around it. The gazetteer holds Ukraine's oblasts and Russia's federal
 * subjects under these names; a region it lacks (a foreign country's, or a raion) is kept under
 * a proposed id ("new-saratov-region") for the editor rather than read as the city.
 */
const REGION_AFTER =
  /^\s+(?:Region|region|Oblast|oblast|Krai|krai|Province|province|territory|Territory)\b/
const LAST_OF_REGIONS =
  /^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b/u
const DISTRICT_AFTER = /^\s+[Dd]istrict\b(?!\s+of\b)/
const IN_LIST_OF_REGIONS = /^\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b/
/** "the western Russian region of Voronezh": the region named before its city's name. */
const REGION_BEFORE = /\b(?:region|oblast|province)\s+of\s+(?:the\s+)?$/i
/**
 * "the Russian regions of Kursk, Voronezh and Oryol", "the areas of Lviv, Zhytomyr and
 * Chernivtsi": each name of the list is a region ("residential areas of Kherson" is the city).
 */
const REGIONS_OF_LIST =
  /\b(?:regions|oblasts|provinces|(?<=\bthe\s)areas)\s+of\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]+(?:,\s+(?:and\s+)?|\s+and\s+))*$/u
/**
 * "including 34 over the Rostov region, six over Voronezh, three over Lipetsk": a bare name in a
 * breakdown of downings by region is the region, like the items around it.
 */
const BREAKDOWN_ITEM =
  /(?:^|,\s*|\band\s+)(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\p{L}-]+\s+)?(?:over|above)\s+$/u
const REGION_ITEM =
  /\b(?:over|above)\s+(?:the\s+\p{Lu}[\p{L}-]+\s+[Rr]egion|\p{Lu}[\p{L}-]+\s+territory)\b/u
/** "downed over several regions: 7 in Kursk, 3 in Belgorod": names listed after "regions:". */
const LISTED_AFTER_REGIONS = /\b(?:regions|oblasts|provinces)\s*:[^.:;]*$/i
const regionBefore = (s: ArticleSentence, n: NameMention): boolean =>
  REGION_BEFORE.test(s.text.slice(Math.max(0, n.start - s.start - 30), n.start - s.start)) ||
  REGIONS_OF_LIST.test(s.text.slice(Math.max(0, n.start - s.start - 120), n.start - s.start)) ||
  (REGION_ITEM.test(s.text) &&
    BREAKDOWN_ITEM.test(s.text.slice(Math.max(0, n.start - s.start - 40), n.start - s.start))) ||
  LISTED_AFTER_REGIONS.test(s.text.slice(Math.max(0, n.start - s.start - 160), n.start - s.start))

/** The country each proposed region or district id lies in, as its city does. */
const countries = new Map<string, string>()
export const countryOfRegion = (id: string): string | undefined => countries.get(id)

const proposed = (n: NameMention, name: string, country: string): NewName => {
  const id = proposedId(name)
  countries.set(id, country)
  return { type: 'place', name, proposedId: id, span: { start: n.start, end: n.end } }
}

/** The city's name stands where a region's does: "Kursk region", "the Kursk and Belgorod regions". */
const namesRegion = (s: ArticleSentence, n: NameMention, after: string): boolean =>
  REGION_AFTER.test(after) ||
  LAST_OF_REGIONS.test(after) ||
  IN_LIST_OF_REGIONS.test(after) ||
  regionBefore(s, n)

/** The gazetteer's region a city's name stands for, by the name "<city> region" it answers to. */
export const regionNamedBy = (n: NameMention, lexicon: Lexicon): string | undefined => {
  const id = knownPlace(`${n.text} region`, lexicon)
  return id && lexicon.place(id)?.kind === 'region' ? id : undefined
}
const knownRegion = regionNamedBy

export const regionOf = (
  s: ArticleSentence,
  n: NameMention,
  lexicon: Lexicon,
): NewName | undefined => {
  const place = n.placeId ? lexicon.place(n.placeId) : undefined
  if (place?.kind !== 'city') return undefined
  const after = s.text.slice(n.end - s.start, n.end - s.start + 120)
  // "Kharkiv district": the raion around a city, which the gazetteer does not hold
  if (DISTRICT_AFTER.test(after)) return proposed(n, `${n.text} district`, place.country)
  if (place.country === 'UA' || !namesRegion(s, n, after) || knownRegion(n, lexicon))
    return undefined
  return proposed(n, `${n.text} region`, place.country)
}

/**
 * "Kharkiv, Sumy and Poltava regions", "the Kursk and Belgorod regions": named in a list only the
 * last region stands next to "regions"; each city's name in the list names its region, where
 * the gazetteer holds it.
 */
export const oblastInList = (
  s: ArticleSentence,
  n: NameMention,
  lexicon: Lexicon,
): string | undefined => {
  const place = n.placeId ? lexicon.place(n.placeId) : undefined
  if (place?.kind !== 'city') return undefined
  const after = s.text.slice(n.end - s.start, n.end - s.start + 120)
  if (DISTRICT_AFTER.test(after) || !namesRegion(s, n, after)) return undefined
  const oblast = `${place.id}-oblast`
  return place.country === 'UA' && lexicon.place(oblast) ? oblast : knownRegion(n, lexicon)
}

/** The regions a sentence names (see `regionOf`), for the draft's new names. */
export const regionsIn = (s: ArticleSentence, lexicon: Lexicon): NewName[] =>
  s.names.flatMap((n) => regionOf(s, n, lexicon) ?? [])
