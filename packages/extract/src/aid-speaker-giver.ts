import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'

/** "we" as the subject of a giving verb, a few auxiliaries or adverbs allowed between. */
const WE_GIVE =
  /\b[Ww]e\s+(?:(?:will|are|have|had|would|shall|also|now|today|already|just)\s+){0,3}(?:send|sent|provid|give|giving|gave|deliver|supply|supplied|allocat|prepar|transfer|donat|pledg|commit|approv|hand)/

/**
 * "“We will send Ukraine 20 more tanks,” Scholz said": the giver a speaker means by "we" is the
 * state the speaker speaks for. Ukraine's "we" receives, never gives.
 */
export const speakerGiver = (
  s: ArticleSentence,
  content: string,
  lexicon: Lexicon,
): string | undefined => {
  if (!WE_GIVE.test(content)) return undefined
  const asserter = s.attribution?.speaker.asserter
  if (asserter?.type !== 'actor') return undefined
  const actor = lexicon.actor(asserter.actorId)
  const state = actor?.kind === 'state' ? actor.id : actor?.stateId
  return state && state !== 'ukraine' ? state : undefined
}
