import type { Attribution } from './attribution.ts'
import { channelOf } from './channel.ts'
import { resolveSpeaker, type SpeakerContext } from './speaker.ts'

/**
 * Attribution forms beyond "X said …": the words attributed backwards ("This was announced by
 * X", "Source: X"), the verb before the speaker ('"…," said X'), and words carried by an outlet
 * ("As Ukrinform reported, X said", "…, citing X", "TASS quoted X as saying").
 */

/**
 * "This was announced by the head of the regional administration Ivan Petrenko in Telegram.",
 * "The announcement was made by the minister, X, after …" (made: only of an announcement).
 */
const PASSIVE_BY =
  /^(?:This|That|It|These|The (?:news|information|decision|development|report|message|statement|announcement)|(?:This|Such an?) (?:decision|news|information|message|statement|report)) (?:is|are|was|were|has been|have been) (?:announced|stated|reported|said|declared|written|posted|published|confirmed|noted|revealed|disclosed|(?<=^(?:The|This|That) (?:announcement|statement) (?:was|has been) )made)(?: (?:late |early )?on \w+day| today| yesterday)? (?:by|on the (?:official )?website of|in (?:a|the) (?:statement|press release) (?:of|by|from)) (.{2,160}?)(?:,|\s+(?:in|on|at|during|via|while|after|when)\s+|\s*[.]?$)/u
/** "This follows from a statement by the Air Force Command posted on Telegram." */
const FOLLOWS_FROM =
  /^This (?:follows|is clear|is evident) from (?:a|the) (?:\w+ )?(?:statement|report|post|message|data|publication) (?:by|of|from) (.{2,160}?)(?:,|\s+(?:in|on|at|during|via|posted|published)\s+|\s*[.]?$)/u
/** "Source: Kyiv Mayor Ivan Petrenko, Kyiv City Military Administration" under a paragraph. */
const SOURCE_LINE =
  /^Source:\s+(.{2,160}?)(?:,|\s+(?:in|on|at|during|via|citing|as|speaking)\s+|\s*[.]?$)/u

/** ", Oleh Kiper, on Telegram": a person's name set off after the title that introduced it. */
const NAME_AFTER_TITLE =
  /^,\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})(?:,|\s*[.]?$|\s+(?:on|in|via)\s)/u
/** "The mayor of Kharkiv Ihor Terekhov and the head of the regional administration write about this." */
const SUBJECT_ABOUT_THIS =
  /^(\p{Lu}.{1,200}?)\s+(?:write|writes|wrote|report|reports|reported|announced|stated|said)\s+(?:about\s+)?(?:this|it)\b(?:\s+(?:on|in|via|during|at)\s+[^,.]{1,40})?(?:,\s+[^,]{2,40}\s+(?:reports|reported|writes|wrote))?\s*[.]?$/u

/** What SUBJECT_ABOUT_THIS must hold, found without its lazy subject. */
const ABOUT_THIS_VERB =
  /\s(?:write|writes|wrote|report|reports|reported|announced|stated|said)\s+(?:about\s+)?(?:this|it)\b/u

/** The one or two speakers of a "… write about this" line. */
const subjectsAboutThis = (
  sentence: string,
  subject: string,
  context: SpeakerContext,
): Attribution | undefined => {
  const [first = '', second] = subject.split(/\s+and\s+(?=(?:the\s+)?\p{L})/u, 2)
  // "Vadym Filashkin, head of the Donetsk Regional Military Administration, said this": the
  // person before the title, not the body the title names
  const named = /^([^,]{3,60}),\s+[^,]{3,120},?$/.exec(first)?.[1]
  const person = named ? resolveSpeaker(named, 0, context) : undefined
  const speaker = person?.isPerson ? person : resolveSpeaker(first, 0, context)
  if (speaker?.asserter.type !== 'actor') return undefined
  const also = second ? resolveSpeaker(second, subject.indexOf(second), context) : undefined
  return {
    speaker,
    ...(also?.asserter.type === 'actor' ? { alsoBy: also } : {}),
    channel: channelOf(sentence, speaker, false),
    content: { start: 0, end: 0 },
    verbEnd: sentence.length,
    speakerStart: 0,
    backward: true,
  }
}

/**
 * A sentence or line that attributes the words before it: the speaker it names, with the words
 * left to the caller (they are in the sentences before).
 */
export const attributeBackward = (
  sentence: string,
  context: SpeakerContext,
): Attribution | undefined => {
  // the full pattern tries every lazy stretch of the sentence; most hold no "said this" at all
  const subjects = ABOUT_THIS_VERB.test(sentence) ? SUBJECT_ABOUT_THIS.exec(sentence) : null
  if (subjects?.[1]) return subjectsAboutThis(sentence, subjects[1], context)
  const m = PASSIVE_BY.exec(sentence) ?? SOURCE_LINE.exec(sentence) ?? FOLLOWS_FROM.exec(sentence)
  if (!m?.[1]) return undefined
  // "by the head of the Odesa RMA, Oleh Kiper, on Telegram": the name after the title
  const named = NAME_AFTER_TITLE.exec(sentence.slice(m.index + m[0].length - 1))
  const phrase = named?.[1] ?? m[1]
  const at = named?.[1] ? sentence.indexOf(named[1], m.index + m[0].length - 1) : m[0].indexOf(m[1])
  const speaker =
    resolveSpeaker(phrase.replace(/[’']s$/, ''), at, context) ??
    (named ? resolveSpeaker(m[1], m[0].indexOf(m[1]), context) : undefined)
  if (!speaker) return undefined
  return {
    speaker,
    channel: channelOf(sentence, speaker, false),
    content: { start: 0, end: 0 },
    verbEnd: sentence.length,
    speakerStart: at,
    backward: true,
  }
}

/**
 * '"…," said Roman Petrenko, head of the city administration.': the verb comes first, then the
 * speaker, an optional description and when or where it was said.
 */
const VERB_FIRST =
  /(?:,|[,.!?]?[”"])\s*(?:said|says|added|wrote|writes|stated|declared|noted|stressed|explained|confirmed|announced|insisted|warned|argued|claimed|emphasi[sz]ed|recalled|replied|continued)\s+([^,]{2,80}?)(?:,\s+((?:the |an? )?\p{Ll}[^,]{2,140}?|(?:the )?\p{Lu}[^,]{2,140}?))?(?:,?\s+on \w+day)?(?:,\s+[^,]{0,60}\b(?:reports?|reported|informs|writes)\b[^,]{0,40})?[.]?$/u

const ABOUT_WHOM =
  /(?<!\b(?:[Mm]inister|[Hh]ead|[Cc]hief|[Ss]ecretary|[Mm]inistry|[Gg]overnor|[Mm]ayor|[Pp]resident|[Dd]epartment|[Oo]ffice|[Cc]ommander|[Dd]irector|[Ss]pokes\w+|[Aa]mbassador))\s+(?:of|about)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u

/** Words of a clause, which a speaker phrase ("Roman Petrenko, head of …") does not hold. */
export const CLAUSE =
  /\b(?:is|are|was|were|had|has|have|did|does|do|not|would|will|could|should|must|that|it|they|showed?|meant?)\b/

export const speakerAfterVerb = (
  sentence: string,
  context: SpeakerContext,
): Attribution | undefined => {
  const m = VERB_FIRST.exec(sentence)
  if (!m?.[1]) return undefined
  // '"…," said Zelensky of Putin': whom the words are about follows a name, never a title
  const name = m[1].replace(/\s+(?:on|in|at)\s+.*$/, '').replace(ABOUT_WHOM, '')
  // ", said the attack showed Russia did not want peace": a clause, not who said it
  if (CLAUSE.test(name)) return undefined
  const at = m.index + m[0].indexOf(m[1])
  const who = resolveSpeaker(name, at, context)
  if (who?.asserter.type !== 'actor') return undefined
  const role = m[2]?.replace(/^(?:the|an?)\s+/i, '').slice(0, 200)
  const speaker = who.isPerson && role && !who.role ? { ...who, role } : who
  return {
    speaker,
    channel: channelOf(sentence, speaker, false),
    content: { start: 0, end: m.index },
    // a date after the speaker dates the speaking: '"…," said X on Wednesday'
    verbEnd: at + name.length,
    speakerStart: at,
  }
}

/** "As Ukrinform reported, Zelensky said …": Zelensky's words, through the outlet. */
export const AS_REPORTED = /^As\s+(.{2,60}?)\s+(?:reported|reports|wrote|writes|noted)\s*,\s*/
/** "As reported by the regional administration, two people were injured." */
export const AS_REPORTED_BY = /^As (?:reported|stated|announced|noted) by\s+([^,]{2,120}),\s*/i
/** "…, Ukrinform reports, citing the regional administration.": the source speaks, the outlet carries. */
const CITING_AT_END =
  /,\s+([^,]{2,40}?)\s+(?:reports|reported|writes|wrote),?\s+(?:citing|with reference to|referring to)\s+([^,]{2,100}?)[.]?$/

export const relayedBy = (sentence: string, context: SpeakerContext): Attribution | undefined => {
  const m = CITING_AT_END.exec(sentence)
  if (!m?.[1] || !m[2]) return undefined
  const at = m.index + m[0].lastIndexOf(m[2])
  const source = resolveSpeaker(m[2], at, context)
  const outlet = resolveSpeaker(m[1], m.index + m[0].indexOf(m[1]), context)
  if (!source || !outlet?.isOutlet) return undefined
  return {
    speaker: source,
    reportedBy: outlet.asserter,
    channel: 'news-agency-report',
    content: { start: 0, end: m.index },
    verbEnd: sentence.length,
    speakerStart: at,
  }
}

/** "TASS quoted Peskov as saying …", "NTV cited Erdogan as saying …", "Sputnik quoted the ministry, stating, …", "Peskov was quoted by Interfax as saying …". */
const QUOTED_BY =
  /^(.{2,80}?)\s+(?:quoted|cited)\s+(.{2,80}?)(?:\s+as saying[:,]?|,\s+(?:stating|saying)[:,]?)\s+(?:that\s+)?/
const WAS_QUOTED_BY = /^(.{2,80}?)\s+was quoted by\s+(.{2,60}?)\s+as saying[:,]?\s+(?:that\s+)?/

export const quotedAsSaying = (
  sentence: string,
  context: SpeakerContext,
): Attribution | undefined => {
  const was = WAS_QUOTED_BY.exec(sentence)
  const by = was ? undefined : QUOTED_BY.exec(sentence)
  const m = was ?? by
  if (!m?.[1] || !m[2]) return undefined
  const [speakerText, outletText] = by ? [m[2], m[1]] : [m[1], m[2]]
  const speaker = resolveSpeaker(speakerText, m[0].indexOf(speakerText), context)
  const outlet = resolveSpeaker(outletText, m[0].indexOf(outletText), context)
  if (!speaker || speaker.isOutlet) return undefined
  return {
    speaker,
    ...(outlet?.isOutlet ? { reportedBy: outlet.asserter } : {}),
    channel: channelOf(sentence, speaker, outlet?.isOutlet === true),
    content: { start: m[0].length, end: sentence.length },
    verbEnd: m[0].length,
    speakerStart: m[0].indexOf(speakerText),
  }
}

/** "the aid package was presented on Monday by Prime Minister X and Foreign Minister Y at …" */
const PASSIVE_MID =
  /^(?:(?:[Aa]ccording to|with reference to|citing|referring to)\s[^,]{2,60},\s+){0,2}\p{L}[^,]{2,120}?\s(?:was|were|has been|have been) (?:presented|announced|unveiled)(?: (?:on )?\w+day| today| yesterday)? by ((?:the )?\p{Lu}[^,]{2,80}?)(?: and ((?:the )?\p{Lu}[^,]{2,80}?))?(?=,|\s+(?:at|in|on|during|after|via)\s|\s*[.]?$)/u

/**
 * A package or plan "presented by X (and Y)": X speaks the sentence, Y too. The caller has cut
 * off a leading "According to <outlet>, …" that carries it.
 */
export const presentedBy = (
  sentence: string,
  offset: number,
  context: SpeakerContext,
): Attribution | undefined => {
  const m = PASSIVE_MID.exec(sentence.slice(offset))
  if (!m?.[1]) return undefined
  const at = offset + m[0].lastIndexOf(m[1], m[2] ? m[0].lastIndexOf(m[2]) : undefined)
  const speaker = resolveSpeaker(m[1], at, context)
  if (speaker?.asserter.type !== 'actor') return undefined
  const also = m[2] ? resolveSpeaker(m[2], offset + m[0].lastIndexOf(m[2]), context) : undefined
  return {
    speaker,
    ...(also?.asserter.type === 'actor' && also.isPerson && speaker.isPerson
      ? { alsoBy: also }
      : {}),
    channel: channelOf(sentence, speaker, false),
    content: { start: offset, end: sentence.length },
    verbEnd: sentence.length,
    speakerStart: at,
  }
}

/** "Kiper later revised the toll, saying …": the subject of the sentence is the speaker. */
const SAYING_WORDS =
  '(?:saying|stating|noting|stressing|calling|adding|warning|emphasi[sz]ing|confirming|insisting|explaining|underlining|vowing|promising|announcing|declaring|claiming|(?:posting|writing) on (?:X|Twitter|Telegram|Facebook|Instagram))'
// "made the announcement …, confirming that": a few irregular pasts besides "-ed"
const SAYING = new RegExp(
  `^(\\p{Lu}[^,]{1,90}?)\\s+(?:(?:has|have|had)\\s+)?(?:later\\s+|also\\s+|then\\s+)?(?:\\p{L}+ed|made|gave|held|met|spoke|took|sent|led|put out)\\b[^,]{0,100}(?:,|(?<=\\b(?:statement|message|post|communiqu[eé]|release)(?:\\s+on\\s+\\p{Lu}\\p{L}+)?))\\s+${SAYING_WORDS}\\s*:?(?:\\s+(?:that\\s+)?|\\s*$)`,
  'u',
)
// the cheap test before SAYING: the words first and what stands before them looked back at, as a
// pattern opening on a class of all letters is tried, slowly, at every position
const SAYING_WORD = new RegExp(`(?<=[,\\p{L}]\\s+)${SAYING_WORDS}\\b`, 'u')
// and before that, the words alone: a pattern opening on a look-behind is tried at every position
const SAYING_BARE = new RegExp(SAYING_WORDS, 'u')

/**
 * The subject of "X revised the toll, saying …". A subject that holds its own reporting verb
 * ("The air force said in a statement that 28 drones had been destroyed, adding …") is none:
 * that verb attributes the sentence.
 */
export const sayingSubject = (sentence: string): RegExpExecArray | null => {
  const m = SAYING_BARE.test(sentence) && SAYING_WORD.test(sentence) ? SAYING.exec(sentence) : null
  return m?.[1] && /\b(?:said|says|stated|told|reported|announced)\b/.test(m[1]) ? null : m
}
