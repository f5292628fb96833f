import type { Lexicon } from '@sitrep/domain'
import { countryOfDemonym } from './aid-countries.ts'
import { knownActor, stateOfActor, stateOfDemonym } from './names.ts'
import type { Speaker } from './speaker.ts'

const SIDES = new Set(['ukraine', 'russia'])

/** "the Defense Department", "the Foreign Ministry": a body named without the state it serves. */
const UNQUALIFIED_BODY =
  /^(?:the\s+)?(?:(?:Defen[cs]e|Foreign|Finance|State)\s+)?(?:Ministry|Department)$/iu

/**
 * A body named without its state belongs to the state the text is about at that point: "Canada
 * is providing …, the Defense Department has announced" is Canada's department, though US copy
 * calls the Pentagon "the Defense Department". When the dictionary's body of that name serves
 * another state, the speaker is an unnamed body of the state in context. The two sides at war
 * are left out: their towns make them the state in context of most sentences, whoever speaks.
 * Undefined leaves the phrase to the other rules.
 */
export const unqualifiedBody = (
  text: string,
  stateHint: string | undefined,
  lexicon: Lexicon,
): Speaker | undefined => {
  if (!stateHint || SIDES.has(stateHint) || !UNQUALIFIED_BODY.test(text)) return undefined
  const bare = text.replace(/^the\s+/i, '')
  const direct = knownActor(bare, lexicon)
  const serves = direct ? stateOfActor(direct, lexicon) : undefined
  if (!direct || !serves || serves === stateHint) return undefined
  return {
    asserter: { type: 'unnamed', description: bare, affiliationId: stateHint },
    attribution: 'unnamed-officials',
    isPerson: false,
    isOutlet: false,
  }
}

/** "The Swedish government will provide …": a sentence opened by a state's government. */
const GOVERNMENT_SUBJECT = /^(?:The\s+)?(\p{Lu}\p{Ll}+)\s+(?:government|cabinet)\b/u

/** The state whose government opens the sentence, so "the government said" later is its. */
export const governmentSubject = (sentence: string, lexicon: Lexicon): string | undefined => {
  const demonym = GOVERNMENT_SUBJECT.exec(sentence)?.[1]
  if (!demonym) return undefined
  const country = countryOfDemonym(demonym)
  return stateOfDemonym(demonym) ?? (country ? knownActor(country, lexicon) : undefined)
}

/** "the Ukrainian presidency said": the office of that state's president, a body of its own. */
export const presidencyOf = (text: string, lexicon: Lexicon): string | undefined => {
  const demonym = /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+presidency$/iu.exec(text)?.[1]
  const state = demonym ? stateOfDemonym(demonym) : undefined
  const name = state ? lexicon.actor(state)?.name : undefined
  if (!name) return undefined
  return (
    lexicon.resolveActor(`Office of the President of ${name}`) ??
    lexicon.resolveActor(`Presidential Executive Office of ${name}`)
  )
}
