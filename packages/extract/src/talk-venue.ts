import type { Article } from './article.ts'
import { stateOfPlace } from './names.ts'

/**
 * Words that put a meeting in a place: "The meeting in Istanbul was supposed to start …", "a
 * foreign ministers’ meeting in London", "the delegation arrived in Belarus", "is on its way to
 * Belarus". A sentence like these need not say "talks" to say where the talks sit.
 */
const MEETING_AT =
  /\b(?:meeting|meetings|talks|negotiations|summit|round|consultations|delegations?\b[^.;]{0,40}?\b(?:arrived|is on its way|are on their way|travell?ed|headed|flew))\s+(?:in|to|at)\s+(?:the\s+)?$/i

/**
 * The place the article puts a meeting in, for talks whose own sentences name none: the first
 * city, or country other than the war's sides, named right after such words.
 */
export const meetingPlaceIn = (article: Article): string | undefined => {
  for (const s of article.sentences)
    for (const n of s.names) {
      if (!n.placeId) continue
      const place = article.lexicon.place(n.placeId)
      if (!place) continue
      const side = ['ukraine', 'russia'].includes(stateOfPlace(place.id, article.lexicon) ?? '')
      if (place.kind === 'country' && side) continue
      if (MEETING_AT.test(article.text.slice(Math.max(0, n.start - 80), n.start))) return place.id
    }
  return undefined
}
