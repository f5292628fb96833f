import type { Channel } from '@sitrep/domain'
import type { Attribution } from './attribution.ts'
import { channelOf } from './channel.ts'
import { resolveSpeaker, type Speaker, type SpeakerContext } from './speaker.ts'

/** A second speaker's words in the same sentence, offsets as the attribution's. */
export interface SecondSpeaker {
  readonly speaker: Speaker
  readonly channel: Channel
  readonly speakerStart: number
  /** Where the first speaker's words end: the comma before "and Y said" or ", Y, who said". */
  readonly cut: number
  readonly content: { readonly start: number; readonly end: number }
}

/** ", and Ukraine said it would …", ", while the ministry stated that …" */
const SECOND =
  /,\s+(?:and|but|while|whereas)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,6}?)\s+(?:said|says|stated|added|insisted|argued|claimed|announced|noted|warned|countered|replied)\b(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|yesterday|today))?(?:\s+that)?\s+/u

/**
 * "…the head of Ukraine's delegation, Davyd Arakhamia, who said Kyiv might return to the table":
 * a person named in apposition whose own words a relative clause reports.
 */
const WHO_SAID =
  /,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+who\s+(?:(?:has|had|also|earlier)\s+)*(?:said|says|stated|claimed|argued|insisted|warned|announced|told\s+[^,]{2,30}?)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|yesterday|today))?(?:\s+that)?\s+/u

/** "…, with Defence Secretary John Healey confirming £4.5 billion": the named one's words. */
const WITH_SAYING =
  /,\s+with\s+((?:[\p{L}.'’-]+\s+){0,5}?\p{Lu}[\p{L}'’-]+)\s+(?:confirming|saying|announcing|noting|stressing|adding|warning|pledging)\s+(?:that\s+)?/u

const key = (s: Speaker): string =>
  s.asserter.type === 'actor' ? s.asserter.actorId : s.asserter.description

/**
 * "Russia said it would reduce its activity, and Ukraine said it would consider neutrality": the
 * words after ", and Y said" are Y's, a statement of their own. Undefined when the sentence has
 * no such clause or Y is the first speaker again.
 */
export const secondSpeaker = (
  sentence: string,
  content: { readonly start: number; readonly end: number },
  first: Speaker,
  context: SpeakerContext,
): SecondSpeaker | undefined => {
  const words = sentence.slice(content.start, content.end)
  const and = SECOND.exec(words)
  const who = and ? null : (WHO_SAID.exec(words) ?? WITH_SAYING.exec(words))
  const m = and ?? who
  if (!m?.[1]) return undefined
  const speakerStart = content.start + m.index + m[0].indexOf(m[1])
  const speaker = resolveSpeaker(m[1], speakerStart, context)
  if (!speaker || speaker.isOutlet || key(speaker) === key(first)) return undefined
  if (who && !speaker.isPerson) return undefined
  const start = content.start + m.index + m[0].length
  if (start >= content.end) return undefined
  return {
    speaker,
    // the setting of the main clause ("at a press briefing") is not where the relative clause's
    // words were said
    channel: channelOf(who ? sentence.slice(speakerStart) : sentence, speaker, false),
    speakerStart,
    cut: content.start + m.index,
    content: { start, end: content.end },
  }
}

/**
 * "The UK also reaffirmed its commitment, with Defence Secretary John Healey confirming £4.5
 * billion": a sentence whose only speaker is the one the "with … confirming" phrase names.
 */
export const withSaying = (sentence: string, context: SpeakerContext): Attribution | undefined => {
  const m = WITH_SAYING.exec(sentence)
  if (!m?.[1]) return undefined
  const speakerStart = m.index + m[0].indexOf(m[1])
  const speaker = resolveSpeaker(m[1], speakerStart, context)
  if (!speaker?.isPerson || speaker.isOutlet) return undefined
  const start = m.index + m[0].length
  return {
    speaker,
    channel: channelOf(sentence.slice(speakerStart), speaker, false),
    content: { start, end: sentence.length },
    verbEnd: start,
    speakerStart,
  }
}
