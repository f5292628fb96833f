import {
  type Asserter,
  addDays,
  type FuzzyDate,
  type IsoDate,
  type Lexicon,
  type NewName,
} from '@sitrep/domain'
import { datesOfSentences } from './article-dates.ts'
import { attackerIn } from './attack-side.ts'
import { type Attribution, attribute, attributeBackward } from './attribution.ts'
import { shift } from './attribution-shift.ts'
import {
  assignTo,
  attributeBefore,
  moreWordsOf,
  nameTheOfficial,
  notedAfter,
  officialOfState,
  QUOTE_LINE,
  quoteGoesOn,
  quoteOf,
  quoteOfSource,
  quoteOpenAfter,
  quoteOpenedBefore,
  REMARK_ABOUT_IT,
  sameSpeaker,
  withChannelBefore,
  withSourceChannel,
  wordsCarried,
} from './carried-attribution.ts'
import { splitContrasts } from './contrast-split.ts'
import { reportStart } from './dateline.ts'
import { type DateMention, findDates, hasDateWord } from './dates.ts'
import { findNames, type NameMention, stateOfActor, stateOfPlace } from './names.ts'
import { opponentOf } from './places.ts'
import { type Sentence, splitSentences } from './sentences.ts'
import type { Speaker, SpeakerContext } from './speaker.ts'
import { governmentSubject } from './speaker-unqualified-body.ts'
import { statementIssuer } from './statement-issuer.ts'

/** A sentence read once for everything the record extractors need. Offsets are the article's. */
export interface ArticleSentence extends Sentence {
  /** A line with no closing punctuation: a headline or crosshead, which restates the body. */
  readonly headline: boolean
  /**
   * Prose the record extractors read: not a headline, and not longer than any real sentence
   * (a run of thousands of words is data or an attack on the parser, and would make the
   * patterns slow).
   */
  readonly readable: boolean
  readonly attribution?: Attribution
  /** The attribution was carried over from the sentence before ("Of these, 15 were …"). */
  readonly inherited: boolean
  /** Carried for the statement it extends, its claims the reporter's: "There were no victims." */
  readonly reporterWords?: true
  /** "This was reported to him by …": the index of the sentence whose statement this extends. */
  readonly continues?: number
  /** When the speaking happened: "said on Monday", "Earlier, Zelensky said". */
  readonly speechDate?: DateMention
  /** Dates of what is asserted, the speech date left out. */
  readonly dates: readonly DateMention[]
  /** Names outside the speaker phrase, so "the Ministry of Defence in Moscow" is no place. */
  readonly names: readonly NameMention[]
  /** Names inside the speaker phrase: the city of "Ivano-Frankivsk's mayor". */
  readonly speakerNames: readonly NameMention[]
}

export interface Article {
  readonly text: string
  readonly anchor: IsoDate | undefined
  readonly sentences: readonly ArticleSentence[]
  /** The dictionaries its names were resolved against; the record extractors use the same. */
  readonly lexicon: Lexicon
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** "▪️According to the statement, …", "• The ministry said": a bullet opening a list's line. */
const BULLET = /^(?:[\p{So}•·▪►*]\p{M}*\s*)+/u

// a line ending in a colon introduces the paragraph after it ("Zelensky wrote on Telegram:");
// a list's line often ends with no stop
// a line that the next one says was announced or reported ("This was announced by …") is the
// report's words, a lead that lost its stop, not a headline
const isHeadline = (
  s: Sentence,
  perParagraph: ReadonlyMap<number, number>,
  next: Sentence | undefined,
): boolean =>
  !BULLET.test(s.text) &&
  !/[.!?"”’):]$/.test(s.text) &&
  s.text.split(/\s+/).length <= 20 &&
  perParagraph.get(s.paragraph) === 1 &&
  !(next && TOLD_BACKWARD.test(next.text))

const TOLD_BACKWARD =
  /^(?:This|That) (?:was|has been|is) (?:announced|reported|stated|said|confirmed|declared)\b/

/** Longer than any sentence of news prose (the seed's longest is under 300 characters). */
const MAX_SENTENCE = 2_000

/** A sentence about a strike names its weapons or the strike: only then is an attacker read. */
/** Weapons given rather than fired: a package, a donation, a pledge. */
const AID_PACKAGE =
  /\b(?:package|donation|donat(?:e|ed|es|ing)|pledg(?:e|ed|es)|military aid|assistance)\b/i

const WEAPON_WORD =
  /drone|missile|UAV|unmanned|rocket|bomb|shell|strike|struck|attack|launch|fired|hit|pounded|target|forces|troops|army|invader|occupier|aircraft|warplane|Shahed|Geran|Kinzhal|Kalibr|Iskander|KAB|Neptune|Storm Shadow|ATACMS|HIMARS/i

/** The states whose towns the war is fought over, and whose bodies a town's name implies. */
const SIDES: ReadonlySet<string> = new Set(['ukraine', 'russia', 'belarus'])

const FUTURE = /\b(?:will|would|is to|are to|shall|going to|next|upcoming|planned|scheduled)\b/i

const REPORTED_TO =
  /^(?:This|That|It) was (?:reported|told|said|confirmed|relayed) to (?:him|her|them) by (.+)$/

const within = (n: NameMention, span: { start: number; end: number }): boolean =>
  n.start < span.end && n.end > span.start

/** Whom the speaker relied on: "reported to him by Ukraine’s chief negotiator, Rustem Umyerov". */
const citedIn = (text: string, offset: number, lexicon: Lexicon): Asserter | undefined => {
  const m = REPORTED_TO.exec(text)
  if (!m?.[1]) return undefined
  const person = findNames(m[1], offset, lexicon).findLast((n) => n.actorId)
  return person?.actorId ? { type: 'actor', actorId: person.actorId } : undefined
}

/**
 * A night ("Last night, …", "At night, rescuers …") is when strikes and rescues happen, not when
 * words are said: it never dates the speaking, and stays with the sentence for the strike.
 */
const speechDateOf = (all: readonly DateMention[], a: Attribution | undefined, s: Sentence) => {
  // "hailed Monday's talks": a day's possessive names an event, not when the words were said
  const dates = all.filter(
    (d) =>
      d.date.precision !== 'night' &&
      !/^[’']s\b/.test(s.text.slice(d.end - s.start, d.end - s.start + 3)),
  )
  return speechDateIn(dates, a, s)
}

const speechDateIn = (dates: readonly DateMention[], a: Attribution | undefined, s: Sentence) =>
  a &&
  (dates.find(
    (d) =>
      // after "said" adjacent, or anywhere in the tail when the words came before the speaker
      (d.start >= a.verbEnd &&
        (d.start - a.verbEnd <= 4 ||
          // "said earlier on Friday"
          /^\s*(?:earlier|later|late|also)\s+(?:on\s+)?$/.test(
            s.text.slice(a.verbEnd - s.start, d.start - s.start),
          ) ||
          // "said on Telegram on Friday that", "wrote in a statement on Monday"
          /^\s*(?:on|in|via) (?:Telegram|X|Twitter|Facebook|Instagram|social media|(?:a|an|his|her|its|their|the) (?:\w+ )?(?:statement|post|video|interview|address|briefing))\s+$/.test(
            s.text.slice(a.verbEnd - s.start, d.start - s.start),
          ) ||
          a.content.end <= a.speakerStart)) ||
      (d.start === s.start && d.end <= a.speakerStart && a.speakerStart - d.end <= 3),
  ) ??
    dates.find(
      (d) =>
        // "said in an interview with Axios on Sunday that …": between the verb and the words
        (d.start >= a.verbEnd && d.end <= a.content.start) ||
        // "Ukrainian officials on Monday said …": between the speaker and the verb
        (d.start > a.speakerStart &&
          d.end <= a.verbEnd &&
          // "Zelensky, speaking on Thursday, said"
          /^\s*,?\s*(?:said|told|stated|announced|reported|wrote|added)\b/.test(
            s.text.slice(d.end - s.start),
          )),
    ) ??
    // "Speaking at a briefing on Thursday, Zakharova said", "In his evening address on Monday,
    // Zelensky said": the date nearest the speaker ("evening" there names no day)
    (SPEAKING_LEAD.test(s.text) ? dates.findLast((d) => d.end <= a.speakerStart) : undefined))

const SPEAKING_LEAD =
  /^(?:Speaking|Addressing|Talking|Writing|In (?:his|her|a|an|the|its) (?:[\w-]+ ){0,3}(?:address|interview|statement|post|speech|briefing|video))\b/

/**
 * Words are reported after they were said: "said on Wednesday" in a Monday report is the
 * Wednesday before, not the one chrono finds ahead.
 */
const saidBefore = (d: FuzzyDate, anchor: IsoDate | undefined): FuzzyDate =>
  d.resolved &&
  anchor &&
  d.start > anchor &&
  /^(?:[Oo]n |[Ll]ate |[Ee]arly )?\p{Lu}\p{Ll}+day\b/u.test(d.raw)
    ? { ...d, start: addDays(d.start, -7), end: addDays(d.end, -7) }
    : d

/**
 * Chrono reads the article once; sentences with no date word are left out (see
 * `datesOfSentences`).
 */
const articleDates = (split: readonly Sentence[], anchor: IsoDate | undefined) =>
  datesOfSentences(split, anchor, (s) => s.text.length <= MAX_SENTENCE && hasDateWord(s.text))

/**
 * Splits the article and reads each sentence's attribution, dates and names. Two article-level
 * rules: a sentence nobody is said to assert continues the attribution of the sentence before it
 * in the same paragraph; "This was reported to him by X, Zelensky said" adds X as the source of
 * Zelensky's preceding statement rather than starting a new one.
 */
export const readArticle = (
  text: string,
  anchor: IsoDate | undefined,
  lexicon: Lexicon,
): Article => {
  const split = splitContrasts(splitSentences(text), lexicon)
  const perParagraph = new Map<number, number>()
  for (const s of split) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1)
  const out: ArticleSentence[] = []
  const chronoHits = articleDates(split, anchor)
  let lastPerson: Speaker | undefined
  let lastBody: Speaker | undefined
  let lastNamed: Speaker | undefined
  let lastState: string | undefined
  let lastSubject: string | undefined
  let lastPlaceState: string | undefined
  // "Russia attacked Ukraine with 50 drones. …, the Air Force said": the side struck earlier
  let lastDefender: string | undefined
  const newNames: NewName[] = []
  let sourceLine: Attribution | undefined
  let quoteOpen = false
  const opening = reportStart(text)
  for (const [i, s] of split.entries()) {
    const headline = isHeadline(s, perParagraph, split[i + 1])
    const readable = !headline && s.text.length <= MAX_SENTENCE
    const sentenceNames = readable ? findNames(s.text, s.start, lexicon) : []
    // Whose "air force" or "regional governor": the side whose towns the article is about; a
    // meeting "in Brussels" makes no Belgian ministry of a British minister's words.
    const placeState = sentenceNames
      .map((n) =>
        n.placeId && lexicon.place(n.placeId)?.kind !== 'country'
          ? stateOfPlace(n.placeId, lexicon)
          : undefined,
      )
      .find((st) => st !== undefined && SIDES.has(st))
    if (placeState) lastPlaceState = placeState
    // "shells and anti-tank mines of the Ukrainian Armed Forces" in a package names no attack
    const attacker =
      readable && WEAPON_WORD.test(s.text) && !AID_PACKAGE.test(s.text)
        ? attackerIn(s.text)
        : undefined
    const defender = attacker && opponentOf(attacker)
    // "Germany will send …, the defence ministry said": the state the sentence opens with
    const subjectState =
      sentenceNames.find(
        (n) => n.start - s.start <= 4 && n.actorId && lexicon.actor(n.actorId)?.kind === 'state',
      )?.actorId ?? (readable ? governmentSubject(s.text, lexicon) : undefined)
    // "Denmark has allocated …. The government wrote …": the state an earlier sentence opened with
    const stateHint =
      placeState ?? defender ?? subjectState ?? lastPlaceState ?? lastState ?? lastSubject
    if (subjectState) lastSubject = subjectState
    if (defender) lastDefender = defender
    // "This was announced by the head of state" after "President Zelensky held a meeting"
    const previousPerson = lastPerson ?? lastNamed
    // built by assignment: a literal of several spreads takes V8's slow path, once a sentence
    const context: Writable<SpeakerContext> = { newNames, lexicon }
    if (previousPerson) context.previousPerson = previousPerson
    if (lastBody) context.previousBody = lastBody
    if (stateHint) context.stateHint = stateHint
    if (defender) context.defender = defender
    else if (lastDefender) context.struck = lastDefender
    if (anchor) context.day = anchor
    // a dateline and its credit, or a list's bullet, are no part of the speaker or the words
    const lead =
      s.start < opening && opening < s.end
        ? opening - s.start
        : (BULLET.exec(s.text)?.[0].length ?? 0)
    const body = s.text.slice(lead)
    context.before = text.slice(0, s.start + lead)
    const backward =
      readable || /^Source:/.test(body) ? attributeBackward(body, context) : undefined
    const own = backward ?? (readable ? attribute(body, context) : undefined)
    let attribution = own && shift(own, s.start + lead)
    if (attribution && sourceLine && !backward)
      attribution = withSourceChannel(attribution, sourceLine)
    if (!attribution && readable && sourceLine && QUOTE_LINE.test(s.text))
      attribution = quoteOfSource(sourceLine, s)
    const previous = out.at(-1)
    let continues: number | undefined
    const content = attribution && text.slice(attribution.content.start, attribution.content.end)
    const citing = attribution && content && citedIn(content, attribution.content.start, lexicon)
    if (attribution && citing) {
      attribution = { ...attribution, citing }
      if (previous?.attribution && sameSpeaker(previous.attribution.speaker, attribution.speaker)) {
        continues = previous.index
        const channel =
          attribution.channel === 'remarks' ? previous.attribution.channel : attribution.channel
        out[previous.index] = {
          ...previous,
          attribution: { ...previous.attribution, citing, channel },
        }
        attribution = { ...attribution, channel }
      }
    }
    const opened =
      attribution && !attribution.backward ? quoteOpenedBefore(out, s, attribution, text) : []
    // the sentence before the quote this one closes names the channel, and the quote's opening
    // sentences take it too: '“…" Lavrov said.' after his press conference
    const leading = opened[0] === undefined ? previous : (out[opened[0] - 1] ?? previous)
    if (attribution && !attribution.backward && leading)
      attribution = withChannelBefore(attribution, leading, s.text)
    if (attribution && opened.length > 0) continues = assignTo(out, opened, attribution)
    if (attribution?.backward) {
      if (/^Source:/.test(s.text)) sourceLine = attribution
      // a state the sentence before opens with speaks through the official the passive names
      const first = attributeBefore(
        out,
        s,
        attribution,
        officialOfState(attribution.speaker, lexicon),
      )
      if (first !== undefined) continues = first
    }
    if (!attribution && readable && previous?.attribution && notedAfter(previous, s))
      attribution = quoteOf(previous.attribution, s)
    if (!attribution && readable && previous?.attribution && moreWordsOf(previous, s)) {
      attribution = quoteOf(previous.attribution, s)
      if (quoteGoesOn(previous, s)) continues = previous.continues ?? previous.index
    }
    if (
      attribution &&
      previous?.attribution &&
      REMARK_ABOUT_IT.test(text.slice(attribution.content.start, attribution.content.end))
    ) {
      const owner = previous.continues ?? previous.index
      if (sameSpeaker(previous.attribution.speaker, attribution.speaker)) {
        continues = owner
        const channel = attribution.channel
        for (const o of out.slice(owner))
          if (o.attribution && (o.index === owner || o.continues === owner))
            out[o.index] = { ...o, attribution: { ...o.attribution, channel } }
      }
    }
    const carried =
      !attribution && readable && previous?.paragraph === s.paragraph
        ? previous.attribution
        : undefined
    const allDates = readable
      ? findDates(s.text, anchor, s.start, () => FUTURE.test(s.text), chronoHits)
      : []
    const said = speechDateOf(allDates, attribution, s)
    const speechDate = said && { ...said, date: saidBefore(said.date, anchor) }
    // '"… our delegation. We do not …," Kuleba said on Monday.': the quote's start dates it too
    const opener = opened[0] === undefined ? undefined : out[opened[0]]
    if (speechDate && opener && !opener.speechDate) out[opener.index] = { ...opener, speechDate }
    const speaker = attribution && { start: attribution.speakerStart, end: attribution.verbEnd }
    // the keys in the order a literal of spreads gave them, without its slow path
    const read: Writable<Partial<ArticleSentence>> = {
      index: s.index,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      text: s.text,
    }
    read.headline = headline
    read.readable = readable
    if (attribution ?? carried) read.attribution = attribution ?? carried
    read.inherited = !attribution && carried !== undefined
    if (read.inherited && previous && !wordsCarried(previous, s, quoteOpen))
      read.reporterWords = true
    quoteOpen = quoteOpenAfter(s.text, quoteOpen && previous?.paragraph === s.paragraph)
    if (continues !== undefined) read.continues = continues
    if (speechDate) read.speechDate = speechDate
    read.dates = allDates.filter((d) => d !== said)
    read.names = sentenceNames.filter((n) => !speaker || !within(n, speaker))
    read.speakerNames = speaker ? sentenceNames.filter((n) => within(n, speaker)) : []
    out.push(read as ArticleSentence)
    const named = sentenceNames.findLast(
      (n) => n.actorId && lexicon.actor(n.actorId)?.kind === 'person',
    )
    if (named?.actorId)
      lastNamed = {
        asserter: { type: 'actor', actorId: named.actorId },
        attribution: 'named-official',
        isPerson: true,
        isOutlet: false,
      }
    if (attribution?.speaker.isPerson) lastPerson = attribution.speaker
    else if (attribution?.speaker.attribution === 'official-body') lastBody = attribution.speaker
    else if (!attribution && readable) lastBody = statementIssuer(body, context) ?? lastBody
    if (attribution?.speaker.newName) newNames.push(attribution.speaker.newName)
    const asserter = attribution?.speaker.asserter
    const speakerState =
      asserter?.type === 'actor' ? stateOfActor(asserter.actorId, lexicon) : asserter?.affiliationId
    if (speakerState) lastState = speakerState
  }
  nameTheOfficial(out)
  return { text, anchor, sentences: out, lexicon }
}
