import type { Evidence, FuzzyDate, NewName, Statement } from '@sitrep/domain'
import type { Article } from './article.ts'
import { OPENS_QUOTE, QUOTE_CLOSES } from './carried-attribution.ts'
import {
  asserterName,
  claimOf,
  type DraftContext,
  evidenceIn,
  speakerNewNames,
} from './evidence.ts'
import { leadBeforeColon } from './statement-colon-lead.ts'

type Writable<T> = { -readonly [K in keyof T]: T[K] }

export interface StatementDraft {
  readonly record: Statement
  readonly newNames: NewName[]
  /** Sentences the statement came from, to link it to the records those sentences produced. */
  readonly sentences: number[]
}

const undated = (anchorKnown: boolean): FuzzyDate => ({
  resolved: false,
  precision: 'day',
  raw: '(no date given)',
  reason: anchorKnown
    ? 'the article does not say when this was said'
    : 'the article does not say when this was said, and has no publication date',
})

/** Words in quotation marks that make up most of the content are a quote, not a paraphrase. */
const quoteIn = (content: string): string | undefined => {
  const m =
    /[“"]([^”"]{3,})(?:[”"]|$)/.exec(content.trim()) ??
    /^['‘](\p{L}.{2,}?)(?:[,.!?]?['’](?=\s|$)|$)/u.exec(content.trim())
  return m?.[1] && m[1].length >= content.trim().length * 0.6
    ? m[1].replace(/[,.]$/, '')
    : undefined
}

/**
 * The whole of a quote the sentence splitter cut at its first full stop ("…countries. We talked
 * about …," Umerov said): from the mark that opens it in `content` to the mark that closes it,
 * when that lies beyond the content, within one paragraph.
 */
const wholeQuote = (text: string, contentStart: number, content: string): string | undefined => {
  const open = content.search(/[“"]/)
  if (open < 0) return undefined
  const from = contentStart + open + 1
  const close = text.slice(from, from + 5_000).search(/[”"]/)
  if (close < 0 || from + close <= contentStart + content.length) return undefined
  const inner = text.slice(from, from + close)
  return /\n\s*\n|[“]/.test(inner) ? undefined : inner.trim().replace(/[,.]$/, '')
}

const tidy = (text: string): string => {
  // "'Russia keeps …" : a single mark opening the quote is no part of the words
  const t = text
    .trim()
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '')
    .replace(/^['‘](?=\p{L})/u, '')
  return t.charAt(0).toUpperCase() + t.slice(1)
}

const speakerKey = (a: Statement['speaker']): string =>
  a.type === 'actor' ? a.actorId : a.description

const ADDING = /,\s+adding that\s+/

/** "We", "I", "our", "my": the speaker's own words, not reported speech. */
const FIRST_PERSON = /^(?:We|I|Our|My)\b|\b(?:we|I|our|us|my|me)\b/

const titleOf = (speaker: string, text: string): string => {
  const short = text.length > 120 ? `${text.slice(0, 117).replace(/\s+\S*$/, '')}…` : text
  return `${speaker}: ${short}`.slice(0, 300)
}

/**
 * One statement per sentence that someone is said to assert. "…, the general said, adding that
 * …" is two statements; a sentence that only continues the previous one's attribution is added
 * to that statement. A statement is dated only when the text says when it was said: the same
 * speaker's next sentence may report other remarks on another day, so it inherits no date.
 */
export const extractStatements = (article: Article, ctx: DraftContext): StatementDraft[] => {
  const drafts: StatementDraft[] = []
  // "Austin noted" after "Lloyd Austin, the US Secretary of Defense, said": the new name's spelling
  const spelled = new Map<string, string>()
  const bySentence = new Map<number, StatementDraft>()
  for (const s of article.sentences) {
    const a = s.attribution
    if (!a || !s.readable) continue
    const owner = s.inherited
      ? bySentence.get(s.index - 1)
      : s.continues !== undefined
        ? bySentence.get(s.continues)
        : undefined
    if (owner) {
      owner.sentences.push(s.index)
      bySentence.set(s.index, owner)
      // '“…,” Yermak said. “But we have talked …”': the quote's second half is their words too
      if (owner.record.mode === 'quote' && OPENS_QUOTE.test(s.text.trim()))
        (owner.record as Writable<Statement>).text =
          `${owner.record.text}. ${tidy(s.text.replace(/[“”"]/g, ''))}`.slice(0, 10_000)
      continue
    }
    if (s.inherited) continue
    const content = article.text.slice(a.content.start, a.content.end)
    const adding = ADDING.exec(article.text.slice(a.verbEnd, s.end))
    const mainEnd = adding ? a.verbEnd + adding.index : s.end
    // "Zelensky and Macron said": the same words, a statement of each
    const speakers = a.alsoBy ? [a.speaker, a.alsoBy] : [a.speaker]
    const second = a.second
    const parts = [
      {
        text: content.slice(
          0,
          adding && a.content.end > mainEnd ? mainEnd - a.content.start : undefined,
        ),
        span: { start: s.start, end: second ? second.cut : mainEnd },
        speakers,
        channel: a.channel,
      },
      ...(adding
        ? [
            {
              text: article.text.slice(a.verbEnd + adding.index + adding[0].length, s.end),
              span: { start: a.verbEnd + adding.index + 2, end: s.end },
              speakers,
              channel: a.channel,
            },
          ]
        : []),
      // "…, and Ukraine said it would …": the second speaker's own statement
      ...(second
        ? [
            {
              text: article.text.slice(second.content.start, second.content.end),
              span: { start: second.speakerStart, end: s.end },
              speakers: [second.speaker],
              channel: second.channel,
            },
          ]
        : []),
    ]
    if (a.speaker.newName) spelled.set(speakerKey(a.speaker.asserter), a.speaker.newName.name)
    // the end of a quote the sentence splitter cut: 'Because … unanswered,” Lavrov said.'
    const closes =
      QUOTE_CLOSES.test(article.text.slice(a.content.end, a.content.end + 3)) &&
      !/[“"]/.test(content)
    for (const part of parts)
      for (const who of part.speakers) {
        const quoted =
          closes && part === parts[0]
            ? part.text.trim()
            : quoteIn(part.text) &&
              ((part === parts[0] && wholeQuote(article.text, a.content.start, content)) ||
                quoteIn(part.text))
        const words = tidy(quoted ?? part.text.replace(/[“”"]/g, ''))
        const lead = part === parts[0] ? leadBeforeColon(article.text, s.start, a) : undefined
        const text = (lead ? `${tidy(lead)}. ${words}` : words).slice(0, 10_000)
        if (text === '') continue
        const id = ctx.nextId('statement')
        const date = s.speechDate?.date ?? undated(article.anchor !== undefined)
        // the speaker's own: the keys stay where the evidence put them
        const evidence: Writable<Evidence> = evidenceIn(ctx, `${id}-date`, s, part.span)
        evidence.assertedBy = who.asserter
        evidence.attribution = who.attribution
        // by assignment, in the order a literal of spreads gave, without its slow path
        const record: Writable<Partial<Statement>> = {
          kind: 'statement',
          id,
          title: titleOf(
            asserterName(
              who.asserter,
              ctx.lexicon,
              who.newName?.name ?? spelled.get(speakerKey(who.asserter)),
            ),
            text,
          ),
          speaker: who.asserter,
        }
        if (who.role) record.speakerRole = who.role
        // "We do not reject such a meeting, Peskov told a briefing": first-person words before
        // their speaker are direct speech though the copy dropped the marks
        const direct =
          part === parts[0] && a.content.end <= a.speakerStart && FIRST_PERSON.test(part.text)
        record.mode = quoted || direct ? 'quote' : 'paraphrase'
        record.text = text
        record.channel = part.channel
        if (a.audience) record.audience = a.audience
        record.aboutIds = []
        record.claims = [claimOf(evidence, 'date', date)]
        const draft: StatementDraft = {
          record: record as Statement,
          newNames: who === a.speaker ? speakerNewNames(s) : who.newName ? [who.newName] : [],
          sentences: [s.index],
        }
        drafts.push(draft)
        if (who === a.speaker) bySentence.set(s.index, draft)
      }
  }
  return drafts
}
