import type { Lexicon } from '@sitrep/domain'
import { countryOfDemonym } from './aid-countries.ts'
import { findNames, knownActor, stateOfActor, stateOfDemonym, stateOfPlace } from './names.ts'
import type { Speaker } from './speaker.ts'

/**
 * Speakers the text does not name: groups ("Ukrainian officials", "the regional authorities"),
 * one unnamed official ("a senior State Department official"), media, and a capital standing
 * for its government ("Kyiv said").
 */

export const UNNAMED_GROUP =
  /\b(?:officials?|authorities|sources?|military|army|spokes(?:person|man|woman)|police|emergency services?|(?:border|prosecution|security|tax|customs|migration|intelligence|rescue) service|ministry|rescuers|air force|administration|government|governor|mayor|office|prosecutors?|(?:city|regional|town|village|district|local|municipal) council|city hall|municipality|(?:operational )?command|headquarters|delegations?|negotiators)\b/i
export const ONE_UNNAMED =
  /^(?:an?|one|two|three|several|some)\s+(?:[\p{L}.'’-]+\s+){0,5}(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|representatives?)$/iu
/** Capitals written for their governments in wire copy. */
const CAPITAL_OF: Readonly<Record<string, string>> = {
  Kyiv: 'ukraine',
  Kiev: 'ukraine',
  Moscow: 'russia',
  Washington: 'united-states',
  Minsk: 'belarus',
  Ankara: 'turkey',
  Berlin: 'germany',
  Paris: 'france',
  London: 'united-kingdom',
  Warsaw: 'poland',
}
const OUTLET_WORDS =
  /\b(?:news agenc(?:y|ies)|agency|media|newspaper|outlets?|reports?|broadcaster)\b/i
export const unnamedGroup = (
  phrase: string,
  offset: number,
  stateHint: string | undefined,
  lexicon: Lexicon,
): Speaker | undefined => {
  if (!UNNAMED_GROUP.test(phrase) && !OUTLET_WORDS.test(phrase)) return undefined
  // "Russian forces launched a strike that Ukrainian officials say …": the group after the
  // relative word speaks, not the subject of the clause around it
  const relative = /^.*\s(?:that|which)\s+(?=\S)/s.exec(phrase)
  const rest = relative ? phrase.slice(relative[0].length) : ''
  if (relative && (UNNAMED_GROUP.test(rest) || OUTLET_WORDS.test(rest)))
    return unnamedGroup(rest, offset + relative[0].length, stateHint, lexicon)
  const description = phrase.replace(/^the\s+/i, '').slice(0, 200)
  const names = findNames(phrase, offset, lexicon)
  const demonym = /\b(\p{Lu}\p{Ll}+)\b/u.exec(description)?.[1]
  // officials of a body speak for the body's state: "a State Department official" is the US's
  const named =
    names
      .map((n) =>
        n.placeId
          ? stateOfPlace(n.placeId, lexicon)
          : n.actorId && lexicon.actor(n.actorId)?.kind !== 'state'
            ? (stateOfActor(n.actorId, lexicon) ?? n.actorId)
            : n.actorId,
      )
      .find(Boolean) ?? (/\bWhite House\b/.test(phrase) ? 'united-states' : undefined)
  const isSource = /\bsources?\b/i.test(phrase)
  const outlet = OUTLET_WORDS.test(phrase)
  // An anonymous source's side is only what the words say; officials of a place are its state's.
  const country = demonym ? countryOfDemonym(demonym) : undefined
  const affiliationId =
    (demonym && stateOfDemonym(demonym)) ??
    (country && knownActor(country, lexicon)) ??
    named ??
    (isSource ? undefined : stateHint)
  return {
    asserter: {
      type: 'unnamed',
      description,
      ...(affiliationId && !outlet ? { affiliationId } : {}),
    },
    attribution: outlet ? 'media-report' : isSource ? 'unnamed-source' : 'unnamed-officials',
    isPerson: false,
    isOutlet: outlet,
  }
}

/**
 * "Kyiv said", "Moscow has denied": the capital stands for its government, unnamed; "According
 * to Moscow" after "the Russian Defence Ministry said" is that ministry again.
 */
export const capitalSpeaker = (
  text: string,
  lexicon: Lexicon,
  previousBody?: Speaker,
): Speaker | undefined => {
  const seat = CAPITAL_OF[text]
  if (!seat || !lexicon.actor(seat)) return undefined
  const body = previousBody?.asserter
  if (body?.type === 'actor' && stateOfActor(body.actorId, lexicon) === seat) return previousBody
  return {
    asserter: { type: 'unnamed', description: text, affiliationId: seat },
    attribution: 'unnamed-officials',
    isPerson: false,
    isOutlet: false,
  }
}
