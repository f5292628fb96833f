import type { Channel } from '@sitrep/domain'
import type { Speaker } from './speaker.ts'

const ONE_PERSON =
  /^(?:an?|one)\s+(?:[\p{L}.'’-]+\s+){0,5}?(?:official|spokes(?:man|woman|person)|diplomat|representative|aide|adviser|advisor)\b(?!s)/iu

const WROTE = /\b(?:wrote|writes)\b/i
/** Pieces one writes that are no post; the sentence before may name one ("a press release"). */
export const WRITTEN_PIECE =
  /\b(?:letter|article|op-ed|column|book|essay|memo|decree|statement|press release|report|newspaper|magazine|journal|blog)\b/i

/** "…, Kiper wrote.": writing with no piece named, which news sites say of posts. */
export const postedByWriting = (sentence: string): boolean =>
  WROTE.test(sentence) && !WRITTEN_PIECE.test(sentence)

/** The channel a sentence names for its words, else what the speaker's kind suggests. */
/** The channel a sentence names in words: a video address, a post, a meeting, an interview. */
export const namedChannel = (sentence: string): Channel | undefined => {
  if (
    /\bvideo (?:message|address)\b|\b(?:evening|nightly|daily) (?:video )?address\b/i.test(sentence)
  )
    return 'video-message'
  if (
    /\b(?:wrote|posted|writing) on (?:X|Twitter|Telegram|Facebook|Instagram)\b|\bin a (?:post|tweet)\b|\btweeted\b|\bTelegram\b|\bon (?:social media|Facebook|X|Twitter)\b|\bthe post (?:reads|says|said)\b/i.test(
      sentence,
    )
  )
    return 'social-media-post'
  if (/\bonline meeting|video ?conference|video format|conference call\b/i.test(sentence))
    return 'online-meeting'
  if (/\b(?:press|news) conference|briefing\b/i.test(sentence)) return 'press-conference'
  if (/\binterview\b/i.test(sentence)) return 'interview'
  return undefined
}

/** The channel a sentence names for its words, else what the speaker's kind suggests. */
export const channelOf = (sentence: string, speaker: Speaker, reported: boolean): Channel => {
  const named = namedChannel(sentence)
  if (named) return named
  // an official who "wrote" with no letter, article or statement named posted it: the form
  // news sites use for Telegram and X posts ("…, Kiper wrote.", "writes the head of …")
  if (speaker.isPerson && speaker.attribution !== 'unnamed-source' && postedByWriting(sentence))
    return 'social-media-post'
  // "a senior US official told reporters": one unnamed person speaks, as a named one would
  if (
    speaker.asserter.type === 'unnamed' &&
    ONE_PERSON.test(speaker.asserter.description) &&
    speaker.attribution !== 'unnamed-source'
  )
    return 'remarks'
  if (reported || speaker.isOutlet || speaker.attribution === 'unnamed-source')
    return 'news-agency-report'
  if (/\bstatement\b|\bpress release\b|\bcommuniqu[eé]\b/i.test(sentence))
    return 'official-statement'
  return speaker.isPerson ? 'remarks' : 'official-statement'
}
