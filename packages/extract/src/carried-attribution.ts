import type { Lexicon } from '@sitrep/domain'
import { countryOfDemonym } from './aid-countries.ts'
import type { ArticleSentence } from './article.ts'
import type { Attribution } from './attribution.ts'
import { namedChannel, postedByWriting, WRITTEN_PIECE } from './channel.ts'
import { knownActor, stateOfActor, stateOfDemonym } from './names.ts'
import type { Sentence } from './sentences.ts'
import type { Speaker } from './speaker.ts'

/**
 * Attributions a sentence takes from its neighbours: the sentences before "This was announced by
 * X" or a "Source: X" line, the first half of a quote the splitter cut, a quote paragraph after
 * its speaker, a channel said once for several sentences.
 */

export const sameSpeaker = (a: Speaker | undefined, b: Speaker | undefined): boolean =>
  a?.asserter.type === 'actor' &&
  b?.asserter.type === 'actor' &&
  a.asserter.actorId === b.asserter.actorId

/**
 * '“We were talking. Now it has stalled,” Lavrov said.': the splitter cut one quote in two. The
 * sentences from the one that opened the quote belong to the statement the closing one attributes.
 */
export const quoteOpenedBefore = (
  out: readonly ArticleSentence[],
  s: Sentence,
  a: Attribution,
  text: string,
): number[] => {
  const content = text.slice(a.content.start, a.content.end)
  if (
    !QUOTE_CLOSES.test(text.slice(a.content.end, a.content.end + 3)) ||
    QUOTE_OPENS_IN.test(content)
  )
    return []
  const taken: number[] = []
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]
    if (!o || o.paragraph !== s.paragraph || /[”]/.test(o.text)) return []
    const own = o.attribution && !o.inherited
    if (own && !sameSpeaker(o.attribution?.speaker, a.speaker)) return []
    taken.unshift(i)
    if (OPENS_QUOTE.test(o.text)) return taken
  }
  return []
}

/**
 * "It is noted that 26 of them were destroyed over …", "At the same time, it is noted that …": a
 * report's further words in the impersonal passive of translated news, its speaker the one just
 * heard, even in a paragraph of its own.
 */
const IT_IS_NOTED =
  /^(?:(?:At the same time|Also|In addition|Moreover|Besides|Meanwhile|Earlier|Later),?\s+)?it (?:is|was|has been) (?:also |further )?(?:noted|specified|stressed|emphasi[sz]ed|added|clarified|indicated|stated|underlined|pointed out)\b/i

export const notedAfter = (previous: ArticleSentence | undefined, s: Sentence): boolean =>
  previous?.attribution !== undefined && IT_IS_NOTED.test(s.text)

/** Whether a quotation is still open after `text`, given whether it was open before. */
export const quoteOpenAfter = (text: string, open: boolean): boolean => {
  let inside = open
  for (const c of text) {
    if (c === '“' || c === '«') inside = true
    else if (c === '”' || c === '»') inside = false
    else if (c === '"') inside = !inside
  }
  return inside
}

/**
 * An unattributed sentence after an attributed one carries its speaker for the statement it
 * extends, but its claims are the speaker's only inside their open quotation or after their
 * colon ("X said:"); otherwise they are the reporter's own ("There were no casualties.").
 */
export const wordsCarried = (previous: ArticleSentence, s: Sentence, quoteOpen: boolean): boolean =>
  quoteOpen || /:\s*$/.test(previous.text) || PART_OF_BEFORE.test(s.text)

/** "Of these, 15 …", "More than 100 others …", "Among them …": the count before, broken down. */
const PART_OF_BEFORE =
  /^(?:(?:Of|Among) (?:these|them|those|which)\b|[^.,]{0,25}?\bothers\b|Another \d|The (?:rest|remaining)\b)/iu

/** A sentence opening with a quotation mark after a person spoke: more of their words. */
export const moreWordsOf = (previous: ArticleSentence, s: Sentence): boolean =>
  previous.attribution?.speaker.isPerson === true && OPENS_QUOTE.test(s.text)

/**
 * '“There can be compromises,” Yermak said. “But we have talked about this many times.”': a
 * quote that goes on in the same paragraph right after its speaker's "X said." is one statement.
 */
export const quoteGoesOn = (previous: ArticleSentence, s: Sentence): boolean =>
  previous.paragraph === s.paragraph &&
  !previous.inherited &&
  /[,.!?…]?[”"]\s+[^“”"]{2,80}?[.]$/.test(previous.text) &&
  /^[“"]/.test(previous.text.trim())

/** A paragraph that opens with a quotation mark after someone spoke: more of their words. */
export const OPENS_QUOTE = /^(?:[“"]|['‘](?=\p{Lu}))/u

/** The words end where a quote closes, in double marks or in single ones ("…,' he said"). */
export const QUOTE_CLOSES = /^[,.!?]?(?:[”"]|['’](?=\s|$))/
const QUOTE_OPENS_IN = /[“"]|(?:^|\s)['‘](?=\p{L})/u

/** '“…,” the foreign minister continued.': a speaker named again by office after the quote. */
const TITLE_TAIL =
  /[,.!?…]?[”"](?=\s+[^“”"]{2,60}?\b(?:said|added|continued|noted|stressed|explained|went on|concluded|wrote)\b[^“”"]{0,40}$)/

export const quoteOf = (a: Attribution, s: Sentence): Attribution => {
  const { backward: _, ...rest } = a
  const tail = TITLE_TAIL.exec(s.text)
  return {
    ...rest,
    content: { start: s.start, end: tail ? s.start + tail.index + tail[0].length : s.end },
    verbEnd: s.start,
    speakerStart: s.start,
  }
}

/** "Gladkov wrote about this in his Telegram channel.": where the words before were said. */
export const REMARK_ABOUT_IT = /^\s*(?:about (?:this|it)\b[^,.]{0,60})?[.]?\s*$/i

/**
 * The same speaker again, with no channel of its own ("He added that …"), said it where they said
 * the sentence before; a sentence right after "held a joint press conference" is said there.
 */
export const withChannelBefore = (
  a: Attribution,
  previous: ArticleSentence,
  sentence: string,
): Attribution => {
  // '"…," Breasseale wrote.' after "according to a press release from …": the release's words
  if (a.channel === 'social-media-post' && postedByWriting(sentence))
    return WRITTEN_PIECE.test(previous.text) &&
      !/\bTelegram|Facebook|Twitter|\bX\b/.test(previous.text)
      ? { ...a, channel: 'official-statement' }
      : a
  if (a.channel !== 'remarks') return a
  const before = previous.attribution
  if (before && sameSpeaker(before.speaker, a.speaker) && before.channel !== 'news-agency-report')
    return { ...a, channel: before.channel }
  // "X, in an interview with ABC, discussed …. X stated that …", "Putin gave an interview to
  // state TV. He said …", "Zelensky addressed the nation in his nightly video address. He …":
  // the channel the sentence before names goes on
  const named = before ? undefined : namedChannel(previous.text)
  return named ? { ...a, channel: named } : a
}

/** "Quote: "…"" under a "Source: X" line (Ukrainska Pravda's layout): X's own words. */
export const QUOTE_LINE = /^Quote:\s*/

export const quoteOfSource = (source: Attribution, s: Sentence): Attribution => {
  const lead = QUOTE_LINE.exec(s.text)?.[0].length ?? 0
  const { backward: _, ...rest } = source
  return {
    ...rest,
    content: { start: s.start + lead, end: s.end },
    verbEnd: s.start,
    speakerStart: s.start,
  }
}

/** "Details: He noted …" under "Source: X, at a briefing": X's remarks came through that channel. */
export const withSourceChannel = (a: Attribution, source: Attribution): Attribution =>
  a.channel === 'remarks' &&
  a.speaker.asserter.type === 'actor' &&
  source.speaker.asserter.type === 'actor' &&
  a.speaker.asserter.actorId === source.speaker.asserter.actorId
    ? { ...a, channel: source.channel }
    : a

/**
 * "Dozens were killed. This was announced by X." The unattributed sentences just before (the
 * same paragraph, or the one before when the attribution starts its own) are X's; the first of
 * them starts X's statement, the others continue it. Returns that first sentence's index.
 */
export const attributeBefore = (
  out: ArticleSentence[],
  s: Sentence,
  a: Attribution,
  /** An attribution of the sentence right before that "This was stated by X" names more exactly. */
  yieldsTo?: (before: Attribution) => boolean,
): number | undefined => {
  const startsParagraph = out.at(-1)?.paragraph !== s.paragraph
  const lowest = startsParagraph ? s.paragraph - 1 : s.paragraph
  const taken: number[] = []
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]
    if (!o || o.paragraph < lowest) break
    if (o.attribution && !o.inherited) {
      // "Germany has confirmed a package. This was stated by its defence minister X.": X spoke
      if (taken.length === 0 && o.readable && yieldsTo?.(o.attribution)) taken.unshift(i)
      break
    }
    if (o.readable) taken.unshift(i)
  }
  return assignTo(out, taken, a)
}

/** Gives the sentences `taken` the attribution `a`: the first starts a statement, the rest continue it. */
export const assignTo = (
  out: ArticleSentence[],
  taken: readonly number[],
  a: Attribution,
): number | undefined => {
  const [first] = taken
  if (first === undefined) return undefined
  const { backward: _, ...rest } = a
  for (const i of taken) {
    const o = out[i]
    if (!o) continue
    out[i] = {
      ...o,
      attribution: {
        ...rest,
        content: { start: o.start, end: o.end },
        verbEnd: o.end,
        speakerStart: o.end,
      },
      inherited: false,
      ...(i !== first ? { continues: first } : {}),
    }
  }
  return first
}

/** "a local official", "a regional governor": one official the sentence does not name. */
const ONE_UNNAMED =
  /^an?\s+(?:\p{L}+\s+){0,2}?(?:official|governor|mayor|spokes(?:man|woman|person))$/iu
/**
 * "the regional governor said Wednesday" with no governor named before: an office one person
 * holds, whom the quote that follows names ('"…," Oleg Kiper said'), as wires write a lead.
 */
const ONE_OFFICE =
  /^(?:the\s+|its\s+)?(?:(?:regional|local|city|region[’']s|town|district|provincial|oblast)\s+)?(?:governor|mayor|head of the (?:regional|city|local|oblast) (?:military |state )?administration)(?:\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,3}(?:region|oblast|province|city))?$/iu

const TITLED = { governor: /\bgovernor\b/i, mayor: /\bmayor\b/i } as const

/** The lead's unnamed official is the next quote's speaker: named with an office, or new. */
const titledAsLead = (lead: Speaker, named: Speaker): boolean => {
  const description = lead.asserter.type === 'unnamed' ? lead.asserter.description : ''
  const office = /governor|mayor/i.exec(description)?.[0]?.toLowerCase()
  return (office === 'governor' || office === 'mayor') && TITLED[office].test(named.role ?? '')
}

const namesTheLead = (lead: Speaker, named: Speaker): boolean => {
  const description = lead.asserter.type === 'unnamed' ? lead.asserter.description : ''
  if (ONE_UNNAMED.test(description)) return named.role !== undefined
  if (!ONE_OFFICE.test(description)) return false
  return named.role === undefined
    ? named.newName !== undefined
    : /governor|mayor|head|chief|administration/i.test(named.role)
}

/**
 * "Shelling killed four people, a local official said." then '"…," said Ivan Petrenko, head of
 * the city administration.': the lead's unnamed official is the one whose quote, with the
 * office named, follows it.
 */
export const nameTheOfficial = (out: ArticleSentence[]): void => {
  for (let i = 0; i + 1 < out.length; i++) {
    const lead = out[i]?.attribution
    if (lead?.speaker.asserter.type !== 'unnamed' || out[i]?.inherited) continue
    // the quote or title may come a line later: "…, the governor said. Crews fought the fire
    // for hours. Governor X said …"; the first person who speaks decides
    const next = out
      .slice(i + 1, i + 3)
      .find((o) => o.attribution?.speaker.isPerson && !o.inherited)
    const named = next?.attribution?.speaker
    if (
      !next ||
      named?.asserter.type !== 'actor' ||
      !namesTheLead(lead.speaker, named) ||
      // a quote names the official; so does a title of the office ("Governor Vasily Golubev")
      !((next.index === i + 1 && /[“"]/.test(next.text)) || titledAsLead(lead.speaker, named))
    )
      continue
    const { newName: _, ...speaker } = named
    const channel = next.attribution?.channel ?? lead.channel
    // the lead and the lines that only carried its speaker
    for (let k = i; k === i || out[k]?.inherited; k++) {
      const o = out[k]
      if (o?.attribution) out[k] = { ...o, attribution: { ...o.attribution, speaker, channel } }
    }
  }
}

/** The state a speaker serves: a known official's, or the demonym of a new one's title. */
const stateServed = (speaker: Speaker, lexicon: Lexicon): string | undefined => {
  const who = speaker.asserter
  if (who.type !== 'actor') return who.affiliationId
  const known = stateOfActor(who.actorId, lexicon)
  if (known) return known === who.actorId ? undefined : known
  const demonym = /^(\p{Lu}\p{Ll}+)\s/u.exec(speaker.role ?? '')?.[1]
  const country = demonym ? countryOfDemonym(demonym) : undefined
  return (demonym && stateOfDemonym(demonym)) ?? (country && knownActor(country, lexicon))
}

/**
 * "Germany has confirmed …. This was stated by German Defence Minister X.", "The Danish
 * government announced …. Source: Danish Prime Minister X": a state, or an unnamed body of it,
 * speaking in the sentence before is the official of that state the passive or source line names.
 */
export const officialOfState =
  (official: Speaker, lexicon: Lexicon) =>
  (before: Attribution): boolean => {
    const state = stateServed(official, lexicon)
    const who = before.speaker.asserter
    if (!state || before.speaker.isPerson || !official.isPerson) return false
    return who.type === 'actor' ? who.actorId === state : who.affiliationId === state
  }
