import type { Asserter, Lexicon, Origin } from '@sitrep/domain'
import type { Attribution } from './attribution.ts'
import { resolveSpeaker } from './speaker.ts'

/** "citing the defence ministry, …", "quoting Rosaviatsiya as saying …". */
const CITING =
  /\b(?:citing|quoting|referring to)\s+(?:the\s+)?([^,;.]{2,80}?)(?=\s*(?:[,;.]|\bthat\b|\bas saying\b|$))/i

/** The outlet carrying a sentence's words: the agency it cites, or one speaking for itself. */
const outletOf = (a: Attribution): string | undefined => {
  if (a.reportedBy?.type === 'actor') return a.reportedBy.actorId
  return a.speaker.isOutlet && a.speaker.asserter.type === 'actor'
    ? a.speaker.asserter.actorId
    : undefined
}

/**
 * Whom an outlet says it relies on: "TASS reported, citing the defence ministry" is the
 * ministry's word. The outlet's own state reads "the defence ministry" (TASS's is Russia's).
 * Only a named actor counts; "citing an unnamed source" leaves the outlet as the origin.
 */
export const outletCites = (
  sentence: string,
  a: Attribution,
  lexicon: Lexicon,
): Asserter | undefined => {
  const outlet = outletOf(a)
  const phrase = outlet && CITING.exec(sentence)?.[1]
  if (!outlet || !phrase) return undefined
  const stateHint = lexicon.actor(outlet)?.stateId
  const cited = resolveSpeaker(phrase, sentence.indexOf(phrase), {
    newNames: [],
    lexicon,
    ...(stateHint ? { stateHint } : {}),
  })
  return cited?.asserter.type === 'actor' && cited.asserter.actorId !== outlet
    ? cited.asserter
    : undefined
}

/**
 * The origin of a sentence's words when an outlet carries them: whom it cites, else the named
 * speaker it quotes, else the outlet ("according to Reuters", "Interfax reported"). Undefined when no outlet is named, so the
 * domain's `originOf` reads the rest of the chain (a named official, the article itself).
 */
export const originIn = (
  sentence: string,
  a: Attribution | undefined,
  lexicon: Lexicon,
): Origin | undefined => {
  if (!a) return undefined
  const outlet = outletOf(a)
  if (!outlet) return undefined
  const cited = a.citing?.type === 'actor' ? a.citing : outletCites(sentence, a, lexicon)
  if (cited?.type === 'actor') return { type: 'actor', actorId: cited.actorId }
  // a named official the outlet quotes is the origin, as in the domain's originOf
  const speaker = a.speaker.asserter
  return { type: 'actor', actorId: speaker.type === 'actor' ? speaker.actorId : outlet }
}
