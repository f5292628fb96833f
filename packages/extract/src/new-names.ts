import type { Lexicon, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { knownActor, knownPlace, proposedId, stateOfDemonym } from './names.ts'

const NAME = "\\p{Lu}[\\p{L}’'-]+(?:[ -]\\p{Lu}[\\p{L}’'-]+){0,2}"
/** Words that start with a capital and are still no place: days, months, sides, titles. */
const NOT_A_PLACE =
  /^(?:Addition|Particular|Total|General|Turn|Response|Short|Fact|Contrast|Return|Brief|Summary|Other|Recent|Late|Early|Mid|Northern|Southern|Eastern|Western|Central|North|South|East|West|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Palm|Easter|Christmas|New Year|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|This|That|His|Her|Its|Their|President|Minister|Mayor|Governor|X|Telegram|Twitter|Facebook)\b/
const PLACE_AFTER = new RegExp(
  `\\b(?:(?:village|town|city|settlement|district|region|oblast|community|port|suburb) of|(?:our|the) (?:village|town|settlement)|in|near|on|at|over|outside|^In|^Near|^Outside) (?:the )?(${NAME})`,
  'gu',
)

/** "attacked the Novoshakhtinsk oil refinery": a site named by its town. */
const SITE_OF = new RegExp(
  `\\bthe (${NAME}) (?:(?:oil|gas|fuel|power|thermal power)\\s+)?(?:refinery|airfield|air base|airbase|depot|plant|terminal|substation)\\b`,
  'gu',
)

const ADJECTIVE_USE =
  /^\s+(?:format|production|territory|airspace|forces|officials|side|government|media|army|drones|missiles|news|style|war|conflict|talks|border|city|capital|peninsula|delegation|leaders?|ports?|coast|resort)\b|^\s+district\b/
/**
 * "destroyed four drone boats in the Black Sea": a sea is where weapons flew, not a place a
 * record is about; the map has no point for it, and no record in the corpus names one.
 */
const WATERS = /\b(?:Sea|Ocean|Strait|Gulf|Bay|Basin)$/

/** A street, square or zone of a city by the word that ends its name. */
const STREET =
  /\s(?:Street|Avenue|Prospect|Prospekt|Boulevard|Square|Lane|Road|Highway|Embankment|Zone|Microdistrict)$/
const QUARTER_AFTER =
  /^\s+(?:residential|industrial|neighbou?rhood|microdistrict|street|avenue|prospect|boulevard|square)\b/

const isKnown = (s: ArticleSentence, start: number, end: number) =>
  s.names.some((n) => n.start < end && start < n.end)

/**
 * Places the gazetteer does not hold, named after a preposition or "the village of": each is
 * flagged for the editor and used under its proposed id, never dropped.
 */
export const unknownPlaces = (s: ArticleSentence, lexicon: Lexicon): NewName[] => {
  const found: NewName[] = []
  for (const m of s.text.matchAll(SITE_OF)) {
    const name = m[1] ?? ''
    const start = s.start + m.index + 'the '.length
    const end = start + name.length
    if (NOT_A_PLACE.test(name) || stateOfDemonym(name.split(/\s/)[0] ?? '')) continue
    if (knownActor(name, lexicon) || isKnown(s, start, end) || knownPlace(name, lexicon)) continue
    found.push({ type: 'place', name, proposedId: proposedId(name), span: { start, end } })
  }
  PLACE_AFTER.lastIndex = 0
  for (let m = PLACE_AFTER.exec(s.text); m; m = PLACE_AFTER.exec(s.text)) {
    let name = m[1] ?? ''
    // "in Zelenskyy’s office": a possessor is no place, only what it owns may be one;
    // "in Russia’s Leningrad Region": the owner locates the place that follows it
    const owner = /^(\p{Lu}[\p{L}-]+)['’]s\b\s*/u.exec(name)
    if (owner) {
      const rest = name.slice(owner[0].length)
      if (!/^\p{Lu}/u.test(rest)) continue
      name = rest
    }
    const start = s.start + m.index + m[0].length - name.length
    const end = start + name.length
    // "the Russia-Ukraine war": two sides joined by a hyphen name no place
    const sides = name.split('-')
    if (
      NOT_A_PLACE.test(name) ||
      stateOfDemonym(name.split(/\s/)[0] ?? '') ||
      (sides.length > 1 && sides.every((w) => knownActor(w, lexicon) || stateOfDemonym(w))) ||
      knownActor(name, lexicon)
    )
      continue
    if (isKnown(s, start, end) || knownPlace(name, lexicon) || WATERS.test(name)) continue
    // "on Peremohy Avenue", "in the Bulgarskaya residential area": a street or quarter of a
    // city, where the city is the place
    if (STREET.test(name) || QUARTER_AFTER.test(s.text.slice(m.index + m[0].length))) continue
    // A name used as an adjective is no place: "in Ramstein format", "over Russian territory";
    // nor is a city's district, where the city is the place ("the Dniprovskyi district of Kyiv").
    if (ADJECTIVE_USE.test(s.text.slice(m.index + m[0].length))) continue
    // "the Tambov region": the region, under the name the corpus gives regions (new-…-region)
    const region = /^\s+(?:[Rr]egion|[Oo]blast|[Kk]rai)\b/.test(s.text.slice(m.index + m[0].length))
    const full = region && !/\s(?:[Rr]egion|[Oo]blast)$/.test(name) ? `${name} region` : name
    found.push({ type: 'place', name: full, proposedId: proposedId(full), span: { start, end } })
  }
  return found
}

const SUBJECT_NAME = new RegExp(`^\\s*(?:[Tt]he\\s+)?(${NAME})\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u')

/**
 * A giver the actor dictionary does not hold, as the subject of a pledge: "The Netherlands will
 * send …", "Sweden pledged …". `verbAt` is where the verb starts in the sentence text.
 */
export const unknownSubject = (
  s: ArticleSentence,
  from: number,
  verbAt: number,
  lexicon: Lexicon,
): NewName | undefined => {
  const before = s.text.slice(from, verbAt)
  const m = SUBJECT_NAME.exec(before)
  const name = m?.[1]
  if (!name || NOT_A_PLACE.test(name) || knownActor(name, lexicon)) return undefined
  const start = s.start + from + before.indexOf(name)
  return {
    type: 'actor',
    name,
    proposedId: proposedId(name),
    span: { start, end: start + name.length },
  }
}
