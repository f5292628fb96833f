import type { Asserter, Channel } from '@sitrep/domain'
import {
  APPOSED_END,
  appositionBefore,
  unclosedAppositionBefore,
} from './attribution-apposition.ts'
import {
  AS_REPORTED,
  AS_REPORTED_BY,
  CLAUSE,
  presentedBy,
  quotedAsSaying,
  relayedBy,
  sayingSubject,
  speakerAfterVerb,
} from './attribution-forms.ts'
import { type SecondSpeaker, secondSpeaker, withSaying } from './attribution-second.ts'
import { channelOf } from './channel.ts'
import { knownActor, knownPlace } from './names.ts'
import { singleQuoteClosed, withinQuote } from './quote-marks.ts'
import { newBody, resolveSpeaker, type Speaker, type SpeakerContext } from './speaker.ts'

export { attributeBackward } from './attribution-forms.ts'

/**
 * Who stands behind a sentence's words, and where in it the asserted words are. Offsets are
 * relative to the sentence.
 */
export interface Attribution {
  readonly speaker: Speaker
  readonly reportedBy?: Asserter
  readonly citing?: Asserter
  readonly channel: Channel
  readonly audience?: string
  /** The asserted words: the sentence without "…, Zelensky said on Monday". */
  readonly content: { readonly start: number; readonly end: number }
  /** End of the reporting verb and its audience: a date right after it dates the speaking. */
  readonly verbEnd: number
  /** Start of the speaker phrase: "Earlier, Zelensky said" dates the speaking too. */
  readonly speakerStart: number
  /** A second speaker of the same words: "Zelensky and Macron said". */
  readonly alsoBy?: Speaker
  /**
   * The words asserted came before this sentence: "This was announced by X", or a "Source: X"
   * line under a paragraph.
   */
  readonly backward?: true
  /** "…, and Ukraine said it would …": a second speaker's words after the first's. */
  readonly second?: SecondSpeaker
}

const VERBS =
  'was quoted as saying|informed|(?<!\\b(?:the|its|their|his|her|our|delivered|sent|received|deliver|send)\\s)promised(?!\\s*(?:[.,;:)”"]|$|\\s(?:us|them|him|her|me|it)\\b))|affirmed|hailed|reads(?=[.,]|$)|unveiled|(?:is|are|was|were) reporting(?= that)|tweeted|underlined|underscored|highlighted|continued|reports(?= that)|(?<!\\b(?:media|outlets|press|newspapers?|agency|reporters?)\\s)reports(?=[.]?$)|writes|recalled|clarified|revealed|emphasi[sz]ed|signall?ed(?= that)|pointed out|mentioned|argued|acknowledged|assured|vowed|expressed|specified|said|says|stated|states|declared|declares|told|tells|wrote|writes|added|adds|reiterated|confirmed|confirms|announced|announces|claimed|claims|described|describes|condemned|condemns|called for|calls for|asked|asks|urged|urges|warned|warns|denied|denies|insisted|noted|stressed|explained|posted(?! (?:an? )?(?:photos?|videos?|images?|footage|pictures?)\\b)|admitted|rejected|dismissed|commented|accused|reported|estimated|proposed|called|say|(?:announce|report|confirm|claim|insist|warn)(?= that)|(?:notes|stresses|emphasi[sz]es|explains|points out|recalls)(?= that)'
// "so-called" is no reporting verb; "the authorities announce that" is a plural's present
const VERB = new RegExp(`(?<!-)\\b(?:${VERBS})\\b`, 'g')
// "Hanno Pevkur (Reform) announced", "Senator Jane Roe (R-Ohio) said": the party in brackets
// after a name is no part of it
const ADVERBS =
  /\s+(?:\([^()]{1,30}\)|also|again|earlier|later|reportedly|previously|then|further|once again|had|has|have|did not|does not|would not|declined to|refused to|on \w+day)$/i
const UNNAMED_SOURCE =
  /^(.{2,120}?),\s+(?:referring to|citing|quoting)\s+((?:an?|several|two|three)?\s*(?:unnamed|anonymous)?\s*(?:sources?|officials?)[^,]*),/i
/**
 * "According to X, …", "However, according to his data, …", and without the comma when X is a
 * group: "According to officials at least 34 civilians were killed".
 */
const ACCORDING_TO =
  /^\s*(?:(?:However|Also|Meanwhile|Earlier|Moreover|In addition|At the same time),?\s+)?(?:according to)\s+(?:((?:local |regional |city |Ukrainian |Russian )?(?:officials|authorities|rescuers|police|sources|medics|(?:preliminary )?(?:data|information)))\s+(?!(?:in|of|from|at(?! least)|on|with|for|cited|quoted|who|and)\b)(?=[^,\s])|([^,]{2,120}),\s*)/i
/**
 * "…, said X", "…, as confirmed by X", "…, said X, adding that …", "…, according to X, but …":
 * the speaker comes last.
 */
const TRAILING_SAYS =
  /(?:,\s+(?:says|said|according to|as (?:confirmed|stated|reported|announced) by)|(?<=[”"])\s+according to)\s+([^,.]{2,80}?)(?:[.]?$|,\s+(?:adding|but)\b)/i
/**
 * "…, according to the head of the regional administration, Oleh Kiper, who shared the news on
 * Telegram.": the name in apposition to the role speaks.
 */
const TRAILING_NAMED =
  /,\s+(?:said|according to)\s+(?:the\s+)?(?:head|chief|governor|mayor|spokes\w+|minister)\b[^,.]{0,100},\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+who\s+[^,]{2,80}[.]?$/u

/** "told Kiev diplomats on Monday" → "Kiev diplomats". */
const audienceAfter = (rest: string): string | undefined =>
  /^\s+((?:[\p{L}’'-]+\s+){0,4}?(?:diplomats|journalists|reporters|lawmakers|parliament|partners|allies|soldiers|television|TV|radio|broadcaster|newspaper|(?:news )?agency|briefing|(?:press|news) conference|the (?:\p{L}+\s+)?(?:parliament|council|assembly))|(?:the )?(?:BBC|CNN|Reuters|AFP|AP|TASS|RIA Novosti|Interfax|Ukrinform|Bloomberg|Axios|Politico|Fox News|NBC|CBS|ABC|Sky News))\b/iu.exec(
    rest,
  )?.[1]

/**
 * "told Le Monde.", "told the Financial Times in an interview": a named outlet or person told,
 * where the sentence ends or a setting follows, is the audience, not the words.
 */
const NAMED_AUDIENCE =
  /^\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s*(?:[,.;]|$|\s+(?:in|on|at|during|when|while|after|before)\b))/u

/** What may follow "…, X said" when the asserted words came before it. */
// "told Reuters on condition of anonymity that …" goes on with the words: no "that" in a tail,
// unless a verb follows it ("when asked about the talks that are due on Tuesday")
const TAIL_ONLY =
  /^\s*(?:(?:as (?:quoted|cited|reported) by|on|in|during|at|to|earlier|later|late|via|after|before|early|in a|on \w+day|\w+day|today|yesterday|tonight|this (?:morning|afternoon|evening|week)|regarding|concerning|about|of|referring to|in reference to|commenting on|when asked)\b(?:(?!\bthat\b(?!\s+(?:is|are|was|were|had|will|would)\b))[^,])*)?\s*(?:[,.;]|$)/i
const SOCIAL = /^\s*on (?:X|Twitter|Telegram|Facebook|Instagram)\s*(?:about|that)?\s*/

interface Found {
  speaker: Speaker
  alsoBy?: Speaker
  phraseStart: number
  verbStart: number
  verbEnd: number
}

const ANONYMITY_ASIDE =
  /,\s*(?:speaking|who (?:spoke|asked|requested|declined)|asking|requesting)\b[^,]{0,80},\s*$/i

/** The first reporting verb whose preceding phrase (back to a comma or quote) names a speaker. */
const speakerBeforeVerb = (s: string, context: SpeakerContext, from: number): Found | undefined => {
  VERB.lastIndex = from
  for (let m = VERB.exec(s); m; m = VERB.exec(s)) {
    if (withinQuote(s, m.index)) continue
    // "A senior U.S. official, speaking on condition of anonymity, said": the aside is blanked
    // (same length, so offsets hold) and the speaker is the phrase before it
    const before = s.slice(0, m.index).replace(ANONYMITY_ASIDE, (aside) => ' '.repeat(aside.length))
    const cut = Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf('”'),
      before.lastIndexOf('"'),
      before.lastIndexOf(':'),
      before.lastIndexOf(' — '),
      before.lastIndexOf(' – '),
      singleQuoteClosed(before),
    )
    const from = before.charAt(cut) === ' ' ? cut + 2 : cut + 1
    // "Russia struck Kyiv in what officials called the largest attack": the judgement is theirs,
    // the sentence around it the reporter's, so it is no one's statement
    if (/\bin what\s+\S/iu.test(before.slice(from))) continue
    let phrase = before.slice(from).trimEnd()
    while (ADVERBS.test(phrase)) phrase = phrase.replace(ADVERBS, '')
    const phraseStart = from + (phrase.length - phrase.trimStart().length)
    const pair = twoSpeakers(phrase, phraseStart, context)
    const resolved = pair?.[0] ?? resolveSpeaker(phrase, from, context)
    // "Mark Rutte, NATO's secretary general said": the office's holder, not the body, speaks
    const holder = unclosedAppositionBefore(before, context)
    if (holder) return { ...holder, verbStart: m.index, verbEnd: m.index + m[0].length }
    const speaker = resolved
    if (speaker)
      return {
        speaker,
        ...(pair ? { alsoBy: pair[1] } : {}),
        phraseStart,
        verbStart: m.index,
        verbEnd: m.index + m[0].length,
      }
    // the full pattern backtracks; most verbs have no "X, description," right before them
    const apposed = APPOSED_END.test(before) ? appositionBefore(before, context) : undefined
    if (apposed) return { ...apposed, verbStart: m.index, verbEnd: m.index + m[0].length }
  }
  return undefined
}

/**
 * "Zelensky and Macron said", "Kremlin aide Yuri Ushakov and envoy Kirill Dmitriev told
 * reporters": two named speakers of the same words, each a statement of their own.
 */
const twoSpeakers = (
  phrase: string,
  at: number,
  context: SpeakerContext,
): [Speaker, Speaker] | undefined => {
  // two capitalised names around "and": most phrases before a verb are no such pair
  const m = /^(\p{Lu}[^,]{1,40}?)\s+and\s+(\p{L}[^,]{1,40})$/u.exec(phrase.trim())
  if (!m?.[1] || !m[2]) return undefined
  const first = resolveSpeaker(m[1], at, context)
  const second = resolveSpeaker(m[2], at + m[0].indexOf(m[2], m[1].length), context)
  // "National Defense and Security Council Secretary Rustem Umerov": one title, one person
  if (
    first?.newName &&
    /^(?:\p{Lu}\p{L}+\s+){0,3}(?:Council|Committee|Service|Affairs|Security|Defen[cs]e)\b/u.test(
      m[2],
    )
  )
    return undefined
  return first?.asserter.type === 'actor' &&
    second?.asserter.type === 'actor' &&
    first.isPerson &&
    second.isPerson &&
    first.asserter.actorId !== second.asserter.actorId
    ? [first, second]
    : undefined
}

/**
 * "The United States announced a package, the Pentagon said.": the speaker closing the sentence
 * stands behind all of it, the subject's verb included.
 */
const CLOSING_VERB =
  '(?:said|says|added|stated|wrote|reported|announced|told (?:reporters|journalists|a (?:news|press) conference|a briefing)(?: in \\p{Lu}[\\p{L}-]+)?)(?:\\s+(?:on\\s+)?\\w+day)?(?:\\s+(?:as|while|after|when)\\s+[^,]{3,100})?[.]?$'
// "…, Defence Minister Pal Jonson told reporters in Stockholm." closes the sentence the same way,
// and so does "…, Rutte said on Sunday as Zelensky visited his country."
const SAID_AT_END = new RegExp(CLOSING_VERB, 'u')
const SPEAKER_LAST = new RegExp(`,\\s+[^,“”"]{2,80}?\\s+${CLOSING_VERB}`, 'u')

const ABOUT_THIS =
  /^\s+(?:this|it)(?:\s+(?:in|on|at|during|via|through|to|after|while)\b[^,]{0,80})?[.]?$/i

/**
 * Reads the attribution of one sentence (offsets relative to it): "X said", "according to X",
 * "X, referring to an unnamed source, …", "…, says X". An outlet that carries someone's words is
 * `reportedBy`, never the speaker. Returns undefined for a sentence nobody is said to assert.
 */
export const attribute = (sentence: string, context: SpeakerContext): Attribution | undefined => {
  const unnamed = UNNAMED_SOURCE.exec(sentence)
  if (unnamed?.[1] && unnamed[2]) {
    const outlet = resolveSpeaker(unnamed[1].replace(/^the\s+/i, ''), 0, context)
    const source = resolveSpeaker(unnamed[2], unnamed[1].length + 2, context)
    if (outlet && source) {
      const speaker: Speaker = { ...source, attribution: 'unnamed-source' }
      return {
        speaker,
        reportedBy: outlet.asserter,
        channel: 'news-agency-report',
        content: { start: unnamed[0].length, end: sentence.length },
        verbEnd: unnamed[0].length,
        speakerStart: 0,
      }
    }
  }
  let reportedBy: Asserter | undefined
  let from = 0
  const relayed = / (?:citing|reference to|referring to) /.test(sentence)
    ? relayedBy(sentence, context)
    : undefined
  if (relayed) return relayed
  const asReported = AS_REPORTED.exec(sentence)
  const carrier = asReported?.[1] ? resolveSpeaker(asReported[1], 3, context) : undefined
  if (
    asReported &&
    carrier?.isOutlet &&
    speakerBeforeVerb(sentence, context, asReported[0].length)
  ) {
    reportedBy = carrier.asserter
    from = asReported[0].length
  }
  const according =
    from === 0 ? (ACCORDING_TO.exec(sentence) ?? AS_REPORTED_BY.exec(sentence)) : null
  const accordingTo = according?.[2] ?? according?.[1]
  if (according && accordingTo) {
    const phrase = accordingTo
      .replace(/^the\s+/i, '')
      .replace(/^(?:aviation|state|news)\s+authority\s+/i, '')
    const at = according[0].indexOf(accordingTo)
    // "According to the spokeswoman of the head of the regional administration Iryna Petrenko"
    const tail = /(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+$/u.exec(phrase)?.[0]
    // "According to the ministry": the body named before, which the bare word would lose
    const named =
      /^the (?:ministry|agency|department|service|committee|administration|statement)$/i.test(
        accordingTo.trim(),
      )
        ? resolveSpeaker(accordingTo, at, context)
        : undefined
    const who =
      named ??
      resolveSpeaker(phrase, at, context) ??
      (tail ? resolveSpeaker(tail, at + phrase.length - tail.length, context) : undefined) ??
      (/^\p{Lu}[\p{L}-]+$/u.test(phrase) && !knownPlace(phrase, context.lexicon)
        ? newBody(phrase, at)
        : undefined)
    const inner = speakerBeforeVerb(sentence, context, according[0].length)
    const presented = who?.isOutlet && !inner && presentedBy(sentence, according[0].length, context)
    if (who && presented) return { ...presented, reportedBy: who.asserter }
    if (who && (who.isOutlet || inner) && inner) {
      reportedBy = who.asserter
      from = according[0].length
    } else if (who) {
      return {
        speaker: who,
        channel: channelOf(sentence, who, false),
        content: { start: according[0].length, end: sentence.length },
        verbEnd: according[0].length,
        speakerStart: 0,
      }
    }
  }
  const quoted = / (?:quoted|cited) /.test(sentence) ? quotedAsSaying(sentence, context) : undefined
  if (quoted) return quoted
  const saying = sayingSubject(sentence)
  // "Rubio and Witkoff led the team, emphasizing …": each of the two speaks
  const pair = saying?.[1] ? twoSpeakers(saying[1], 0, context) : undefined
  const sayer = pair?.[0] ?? (saying?.[1] && resolveSpeaker(saying[1], 0, context))
  if (saying && sayer)
    return {
      speaker: sayer,
      ...(pair ? { alsoBy: pair[1] } : {}),
      channel: channelOf(sentence, sayer, false),
      content: { start: saying[0].length, end: sentence.length },
      verbEnd: saying[0].length,
      speakerStart: 0,
    }
  const last =
    from === 0 && SAID_AT_END.test(sentence.slice(-140)) ? SPEAKER_LAST.exec(sentence) : null
  const found =
    (last && speakerBeforeVerb(sentence, context, last.index + 1)) ||
    speakerBeforeVerb(sentence, context, from)
  // only a sentence whose verbs name no speaker before them is read for one after
  const trailing = found ? null : (TRAILING_SAYS.exec(sentence) ?? TRAILING_NAMED.exec(sentence))
  if (!found && trailing?.[1] && !CLAUSE.test(trailing[1])) {
    // "…, said Krasnodar Governor Veniamin Kondratyev in a Telegram post on Wednesday"
    const phrase = trailing[1].replace(/\s+(?:on|in|at|via|during)\s+.*$/, '')
    const who = resolveSpeaker(phrase, trailing.index + trailing[0].indexOf(trailing[1]), context)
    if (who)
      return {
        speaker: who,
        channel: channelOf(sentence, who, false),
        content: { start: 0, end: trailing.index },
        // a date after the speaker dates the speaking: "…, said X on Wednesday"
        verbEnd: trailing.index + trailing[0].indexOf(trailing[1]) + phrase.length,
        speakerStart: trailing.index,
      }
  }
  if (!found)
    return (
      speakerAfterVerb(sentence, context) ??
      presentedBy(sentence, 0, context) ??
      (/ with /.test(sentence) ? withSaying(sentence, context) : undefined)
    )
  const after = sentence.slice(found.verbEnd)
  // "NATO's Secretary General announced this during a briefing": the words came before
  if (found.phraseStart === 0 && ABOUT_THIS.test(after))
    return {
      speaker: found.speaker,
      channel: channelOf(sentence, found.speaker, false),
      content: { start: 0, end: 0 },
      verbEnd: sentence.length,
      speakerStart: found.phraseStart,
      backward: true,
    }
  const rest = sentence.slice(found.verbEnd)
  const audience = /^(?:told|tells)$/.test(sentence.slice(found.verbStart, found.verbEnd))
    ? (audienceAfter(rest) ?? NAMED_AUDIENCE.exec(rest)?.[1])
    : undefined
  const afterVerb = found.verbEnd + (audience ? rest.indexOf(audience) + audience.length : 0)
  const tail = sentence.slice(afterVerb)
  const social = SOCIAL.exec(tail)?.[0]
  // "said on Telegram." ends the sentence; "wrote on X about …" goes on with the words.
  const speakerLast =
    /(?:[,“”"]|[,.!?]['’])\s*$/.test(sentence.slice(0, found.phraseStart)) &&
    from === 0 &&
    TAIL_ONLY.test(social ? tail.slice(social.length) : tail)
  // 'said: "Washington has said that …"': a "that" inside the quotation is the quote's own
  const lead = social ?? /^[^,.:“"]{0,80}?\bthat\s+/.exec(tail)?.[0] ?? ''
  const content = speakerLast
    ? { start: 0, end: Math.max(0, sentence.lastIndexOf(',', found.phraseStart)) }
    : { start: afterVerb + lead.length, end: sentence.length }
  // "sources … told Reuters": the agency that was told carries the words
  const toldAgency = /^\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(rest)?.[1]
  const agency =
    /^(?:told|tells)$/.test(sentence.slice(found.verbStart, found.verbEnd)) && toldAgency
      ? knownActor(toldAgency, context.lexicon)
      : undefined
  if (!reportedBy && agency && context.lexicon.actor(agency)?.kind === 'news-agency')
    reportedBy = { type: 'actor', actorId: agency }
  const second = found.alsoBy ? undefined : secondSpeaker(sentence, content, found.speaker, context)
  return {
    speaker: found.speaker,
    ...(found.alsoBy ? { alsoBy: found.alsoBy } : {}),
    ...(reportedBy ? { reportedBy } : {}),
    // "Zakharova told RIA Novosti": a named person's remarks to the agency, which carries them
    channel: channelOf(
      sentence,
      found.speaker,
      reportedBy !== undefined && !(agency && found.speaker.isPerson),
    ),
    ...(audience ? { audience } : {}),
    ...(second ? { second } : {}),
    content: second ? { start: content.start, end: second.cut } : content,
    verbEnd: afterVerb,
    speakerStart: found.phraseStart,
  }
}
