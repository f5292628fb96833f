import type { Article } from './article.ts'
import { fastBounds } from './fast-bounds.ts'
import { stateOfPlace } from './names.ts'

/**
 * Words that put a meeting in a place: "The meeting in Istanbul was supposed to start …", "a
 * foreign ministers’ meeting in London", "meetings held in Riyadh", "the delegation arrived in
 * Belarus", "is on its way to Belarus", "who led the U.S. delegation in Jeddah". A sentence like these need not say "talks" to say where the talks sit.
 */
const MEETING_AT = fastBounds(
  /\b(?:(?:meeting|meetings|talks|negotiations|discussions|summit|round|consultations)(?:\s+(?:held|hosted|taking place|that took place|to be held))?|delegations?\b[^.;]{0,40}?\b(?:arrived|is on its way|are on their way|travell?ed|headed|flew)|(?:led|leads|leading|heads|heading|headed)\s+(?:the\s+)?(?:[\p{L}.]+\s+)?delegation)\s+(?:in|to|at)\s+(?:the\s+)?$/iu,
)

/**
 * The place the article puts a meeting in, for talks whose own sentences name none: the first
 * city, or else the first country other than the war's sides, named right after such words.
 */
export const meetingPlaceIn = (article: Article): string | undefined => {
  let country: string | undefined
  // a speaker's own clause places meetings too: "Rubio, who led the U.S. delegation in Jeddah, said"
  for (const s of article.sentences)
    for (const n of [...s.speakerNames, ...s.names].sort((a, b) => a.start - b.start)) {
      if (!n.placeId) continue
      const place = article.lexicon.place(n.placeId)
      if (!place) continue
      const side = ['ukraine', 'russia'].includes(stateOfPlace(place.id, article.lexicon) ?? '')
      if (place.kind === 'country' && side) continue
      if (!MEETING_AT.test(article.text.slice(Math.max(0, n.start - 80), n.start))) continue
      if (place.kind !== 'country') return place.id
      country ??= place.id
    }
  return country
}
