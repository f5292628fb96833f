import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { namesWholeCountry } from './country-scope.ts'
import { fastBounds } from './fast-bounds.ts'
import {
  countryOfState,
  type NameMention,
  proposedId,
  stateOfDemonym,
  stateOfPlace,
} from './names.ts'
import { namesNoPlace, namesNoTerritory } from './place-roles.ts'
import { countryOfRegion, oblastInList, regionNamedBy, regionOf } from './regions.ts'

/**
 * "The capital" and "its surroundings" name places by their role. The gazetteer holds no
 * capital flag, so the two states this war is between are listed here.
 */
const CAPITALS: Record<string, { city: string; surroundings?: string }> = {
  ukraine: { city: 'ua-kyiv', surroundings: 'ua-kyiv-oblast' },
  russia: { city: 'ru-moscow' },
}

export const capitalOf = (stateId: string): string | undefined => CAPITALS[stateId]?.city
const CAPITAL_IDS = new Set(
  Object.values(CAPITALS).flatMap((c) => (c.surroundings ? [c.city, c.surroundings] : [c.city])),
)

const SIDE_OF: Record<string, string> = { ukrainian: 'ukraine', russian: 'russia' }

/** "the capital", "the Ukrainian capital": the target's capital, unless the demonym says another's. */
const CAPITAL_NAMED = /\bthe (?:(Ukrainian|Russian) )?capital\b/i
const CAPITAL_NAMED_AFTER = /\b(?:in|on|over|across) the (?:(Ukrainian|Russian) )?capital\b/i
/** `after`: only a capital named after "in", "on", "over" or "across" (where a count fell). */
const namesCapital = (text: string, targetId: string, after = false): boolean => {
  // compiled once: this runs for every attack sentence and stretch
  const m = (after ? CAPITAL_NAMED_AFTER : CAPITAL_NAMED).exec(text)
  return !!m && (!m[1] || SIDE_OF[m[1].toLowerCase()] === targetId)
}

/** The other side, for a report that names only one of Russia and Ukraine. */
export const opponentOf = (stateId: string): string | undefined =>
  stateId === 'russia' ? 'ukraine' : stateId === 'ukraine' ? 'russia' : undefined

/**
 * Each attack sentence is asked for its places several times (scope, effects, shares, aim);
 * remembered per sentence and target, as the sentence and its names never change.
 */
const placeMemory = new WeakMap<ArticleSentence, Map<string, string[]>>()

/** Cities and regions named in a sentence, and the capital and its surroundings by role. */
export const placesIn = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): string[] => {
  let known = placeMemory.get(s)
  if (!known) {
    known = new Map()
    placeMemory.set(s, known)
  }
  const key = targetId ?? ''
  const hit = known.get(key)
  if (hit) return [...hit]
  const ids = readPlaces(s, targetId, lexicon)
  known.set(key, ids)
  return [...ids]
}

/** The places named between two offsets of the sentence, as `placesIn` reads them. */
export const placesWithin = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
  from: number,
  to: number,
): string[] => {
  const inside = s.names.filter((n) => n.start - s.start >= from && n.start - s.start < to)
  const named = new Set(inside.map((n) => n.placeId))
  return readPlaces({ ...s, names: inside }, targetId, lexicon).filter(
    (id) => named.has(id) || !CAPITAL_IDS.has(id),
  )
}

const readPlaces = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): string[] => {
  const ids = s.names.flatMap((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    if (!place || place.kind === 'country' || namesNoPlace(s, n)) return []
    // "Kramatorsk, Donetsk region": the region only says where the city is
    const regionWord = /^\s+(?:region|oblast)\b/i.test(s.text.slice(n.end - s.start))
    if ((place.kind !== 'city' || regionWord) && locatesCityBefore(s, n, lexicon)) return []
    return [
      regionOf(s, n, lexicon)?.proposedId ??
        oblastInList(s, n, lexicon) ??
        oblastNamed(s, n, lexicon) ??
        place.id,
    ]
  })
  const capital = targetId ? CAPITALS[targetId] : undefined
  if (capital && targetId && namesCapital(s.text, targetId)) ids.unshift(capital.city)
  if (
    capital?.surroundings &&
    /\b(?:its|the) (?:surroundings|surrounding region|outskirts)\b/i.test(s.text)
  )
    ids.splice(1, 0, capital.surroundings)
  return [...new Set(ids)]
}

const locatesCityBefore = (s: ArticleSentence, n: NameMention, lexicon: Lexicon): boolean => {
  const before = s.names.findLast((m) => m.end <= n.start)
  const place = before?.placeId ? lexicon.place(before.placeId) : undefined
  return (
    place?.kind === 'city' &&
    before !== undefined &&
    /^,\s*(?:the\s+)?$/.test(s.text.slice(before.end - s.start, n.start - s.start))
  )
}

/** States whose territory the sentence names: "on Kiev", "over Russian territory". */
export const statesNamedAsTerritory = (s: ArticleSentence, lexicon: Lexicon): string[] => {
  // A town or region names territory more surely than a country, which is often the actor:
  // "Russia must answer for the strike on Odesa" is a strike on Ukraine
  const states = [...s.names]
    .sort(
      (a, b) =>
        Number(lexicon.place(a.placeId ?? '')?.kind === 'country') -
        Number(lexicon.place(b.placeId ?? '')?.kind === 'country'),
    )
    .flatMap((n) => {
      const st = n.placeId && !namesNoTerritory(s, n) ? stateOfPlace(n.placeId, lexicon) : undefined
      return st ? [st] : []
    })
  // "over Russian territory", "strikes on Ukrainian energy facilities", "against Ukrainian targets"
  for (const m of s.text.matchAll(
    /\b(?:(?:over|in) (\p{Lu}\p{Ll}+) (?:territory|regions?|airspace)|(?:on|against|at|targeting) (?:the )?(Ukrainian|Russian)\b)/gu,
  )) {
    const st = stateOfDemonym(m[1] ?? m[2] ?? '')
    if (st) states.push(st)
  }
  for (const m of s.text.matchAll(/\bover (\p{Lu}\p{Ll}+) (?:territory|regions?|airspace)\b/gu)) {
    const st = m[1] ? stateOfDemonym(m[1]) : undefined
    if (st) states.unshift(st)
  }
  // "Ivan Petrov, governor of the Tula region, reported a drone attack": a local official's
  // region is no place struck, but it says whose territory the attack was on.
  if (states.length === 0)
    for (const n of s.speakerNames) {
      const st = n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined
      if (st) states.push(st)
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
  if (country && namesWholeCountry(s.text)) return country
  // Several places named together ("the Bryansk, Kursk and Belgorod regions") share the count.
  const inTarget = placesIn(s, targetId, lexicon).filter(
    (id) =>
      !country || (lexicon.place(id)?.country ?? countryOfRegion(id)) === country.toUpperCase(),
  )
  return inTarget.length === 1 ? inTarget[0] : undefined
}

const LOCAL_OFFICE =
  /\b(?:mayor|governor|head|chief|administration|council|police|emergency services?|prosecutor'?s? office)\b/i

/**
 * The place a local official speaks for: "Ivano-Frankivsk's mayor said four were injured
 * there" counts in Ivano-Frankivsk, not in the city the article's previous sentence was about.
 * A ministry's seat ("the Ministry of Defence in Moscow") is no such place.
 */
export const officialsPlace = (s: ArticleSentence, lexicon: Lexicon): string | undefined => {
  const a = s.attribution
  if (
    !a ||
    s.inherited ||
    !LOCAL_OFFICE.test(s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start))
  )
    return undefined
  // "Belgorod Governor Vyacheslav Gladkov", "the governor of Kiev": a governor heads a region
  const title = s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start)
  const governor = /\bgovernor\b/i.test(title) && !/\bmayor\b/i.test(title)
  const ids = s.speakerNames.flatMap((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    if (!place || place.kind === 'country') return []
    // "Kharkiv regional governor", "the Belgorod region's governor": the region, not the city
    const regional =
      governor || REGIONAL_AFTER.test(s.text.slice(n.end - s.start, n.end - s.start + 20))
    return [(regional && regionNamedBy(n, lexicon)) || place.id]
  })
  return new Set(ids).size === 1 ? ids[0] : undefined
}

const REGIONAL_AFTER = /^(?:['’]s)?\s+(?:[Rr]egional|[Rr]egion['’]s|[Oo]blast)\b/

/**
 * "Elsewhere, four people were injured", "two more people were hurt": a count that says it lies
 * outside the places named so far, or adds to their toll, so it must not take their scope.
 */
export const pointsElsewhere = (s: ArticleSentence): boolean =>
  /\b(?:elsewhere|other (?:regions?|cities|towns|villages|areas|parts|districts)|another (?:city|town|village|region|area|district))\b/i.test(
    s.text,
  ) || INCREMENT.test(s.text)

/** "Two more people were injured": an addition to a toll, not the toll of the place before. */
const INCREMENT = fastBounds(
  /\b(?:more|further|additional|another)\s+(?:\p{L}+\s+)?(?:people|persons|civilians|residents|children)\b/iu,
)

const SEA = /\b(?:over|above)\s+the\s+((?:Black|Azov|Caspian|Baltic) Sea|Sea of Azov)\b/
const WHERE_BEFORE =
  /\b(?:over|above|in|near|across|on|at)\s+(?:the\s+)?(?:annexed\s+|(?:temporarily\s+)?occupied\s+)?(?:(?:(?:north|south)?(?:-?east|-?west)ern|northern|southern|central|border|frontline)\s+)?(?:(?:Ukraine|Russia)['’]s\s+(?:[\p{Ll}-]+\s+){0,2})?(?:(?:city|town|village|region) of\s+)?$/iu
/** "in Ukraine's Dnipro city", "in Russia's Sochi": the country only says where the place is. */
const OWNER_OF_PLACE = /^['’]s\s+(?!territory|airspace|skies)/i

/**
 * The place a stretch of a sentence names after "over", "in" or "across" ("… were shot down over
 * the Saratov Region", "killed in the capital", "injured across the country"): the scope of a
 * count in that stretch, before the sentence's own. Offsets are into the sentence text.
 */
export const placeInStretch = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
  from: number,
  to: number,
): string | undefined => {
  const stretch = s.text.slice(from, to)
  const country = targetId ? countryOfState(targetId, lexicon) : undefined
  if (country && /\b(?:across|throughout|all over) the country\b/i.test(stretch)) return country
  // "over several Russian regions", "across Ukrainian cities": the country of the demonym
  const regions =
    /\b(?:over|across|in|above) (?:the )?(?:several |various |multiple |a number of |\d+ |[a-z]+ )?(Russian|Ukrainian) (?:regions|territory|airspace|cities|oblasts)\b/.exec(
      stretch,
    )?.[1]
  if (regions) return regions === 'Russian' ? 'ru' : 'ua'
  // "seven over the Black Sea": a sea is no place of the record, yet the scope of its count
  const sea = SEA.exec(stretch)
  // "over the Black Sea and Crimea": two places share the count
  if (sea?.[1])
    return /^\s*(?:,|and)\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(from + sea.index + sea[0].length))
      ? undefined
      : proposedId(sea[1])
  const capital = targetId ? CAPITALS[targetId]?.city : undefined
  if (capital && targetId && namesCapital(stretch, targetId, true)) return capital
  for (const n of s.names) {
    const at = n.start - s.start
    if (at < from || at >= to || !n.placeId || namesNoPlace(s, n)) continue
    if (!WHERE_BEFORE.test(s.text.slice(Math.max(from, at - 40), at))) continue
    const place = lexicon.place(n.placeId)
    if (!place) continue
    // "over the Bryansk, Kursk and Belgorod regions": several places share the count
    const following = s.names.find((m) => m.start > n.start && m.placeId)
    if (
      following &&
      /^\s*(?:,|and)\s+(?:the\s+)?$/.test(s.text.slice(n.end - s.start, following.start - s.start))
    )
      return undefined
    // "over Crimea and the Black Sea": a sea shares the count too
    if (
      /^\s*(?:,|and)\s+the\s+(?:(?:Black|Azov|Caspian|Baltic) Sea|Sea of Azov)\b/.test(
        s.text.slice(n.end - s.start),
      )
    )
      return undefined
    // "over Russia's territory", "across Ukraine": the whole country
    if (place.kind === 'country') {
      if (OWNER_OF_PLACE.test(s.text.slice(n.end - s.start))) continue
      return ['ru', 'ua'].includes(place.id) ? place.id : undefined
    }
    return (
      regionOf(s, n, lexicon)?.proposedId ??
      oblastInList(s, n, lexicon) ??
      oblastNamed(s, n, lexicon) ??
      place.id
    )
  }
  return undefined
}

/** "in the Rivne region", "over Kyiv oblast": the city's name with the word names its oblast. */
const oblastNamed = (s: ArticleSentence, n: NameMention, lexicon: Lexicon): string | undefined => {
  const place = n.placeId ? lexicon.place(n.placeId) : undefined
  if (place?.kind !== 'city' || place.country !== 'UA') return undefined
  if (!/^\s+(?:region|oblast)\b/i.test(s.text.slice(n.end - s.start))) return undefined
  const oblast = `${place.id}-oblast`
  return lexicon.place(oblast) ? oblast : undefined
}

const ON_COUNTRY = /\b(?:on|against)\s+$/i
const AIMED_BEFORE =
  /\b(?:attack(?:ed|ing)?|struck|strik(?:e|es|ing)|pounded|hit|targeted|targeting|shelled|bombarded|at|on|against|across|all (?:the )?regions of)\s+(?:the\s+)?(?:territory of\s+)?(?:(?:city|town|village|port|region) of\s+)?$/i

/**
 * The place a sentence says was aimed at ("launched 40 drones at Lviv", "pounded Kharkiv",
 * "attacked Ukraine"), as opposed to where its toll fell ("two killed in Odesa"): what a count
 * of the whole wave of weapons applies to. A country here is the whole country.
 */
export const aimedAt = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): string | undefined => {
  const country = targetId ? countryOfState(targetId, lexicon) : undefined
  for (const n of s.names) {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    if (!place || namesNoPlace(s, n)) continue
    const at = n.start - s.start
    if (!AIMED_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) continue
    // "launched 60 drones at Ukraine" aims them at the whole country; "an attack on Ukraine,
    // using 500 drones" or "against Ukraine" names the war's side, not where the wave flew
    if (place.kind === 'country')
      return place.id === country && !ON_COUNTRY.test(s.text.slice(Math.max(0, at - 40), at))
        ? country
        : undefined
    return regionOf(s, n, lexicon)?.proposedId ?? oblastInList(s, n, lexicon) ?? place.id
  }
  return undefined
}
