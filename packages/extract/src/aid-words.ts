import type { AidClaim, AidStage } from '@sitrep/domain'
import type { AidAccumulator as Accumulator } from './aid-forum.ts'
import { stageOf } from './aid-stage.ts'
import type { Article, ArticleSentence } from './article.ts'

const SOURCE_AFTER = /^\s*(?:with reference to|referring to|citing|quoting|according to)\b/i

/** The words a sentence asserts, with the reporting verb: "called for", "asked … to provide". */
export const aidWords = (s: ArticleSentence, text: string): { content: string; start: number } => {
  const own = s.attribution && !s.inherited ? s.attribution : undefined
  if (!own) return { content: s.text, start: s.start }
  // "As per multiple outlets, X said in a statement on Friday that Canada is set to deliver …":
  // what X said is the clause after "that", not an unquoted lead-in that tells no aid
  const after = text.slice(own.verbEnd, s.start + s.text.length)
  const before = text.slice(own.content.start, own.content.end)
  const leadIn =
    own.content.end <= own.speakerStart && !/["“”]/.test(before) && stageOf(before) === undefined
  // "said on Wednesday, overcoming concerns about sending weapons that …" is no "said that"
  const that = leadIn ? /^(?:(?!\b\w+ing\b)[^.;"“]){0,80}?\bthat\s+/.exec(after) : null
  if (that) return { content: after.slice(that[0].length), start: own.verbEnd + that[0].length }
  // "…, Ukrainian media reported with reference to the embassy's post": the source named after
  // the verb says whence, not what; what was reported is the words before the speaker
  if (
    own.content.start >= own.verbEnd &&
    own.speakerStart > s.start &&
    SOURCE_AFTER.test(text.slice(own.verbEnd, own.verbEnd + 40))
  )
    return { content: text.slice(s.start, own.speakerStart), start: s.start }
  // "Norway will allocate $130 million …, Prime Minister Støre said: together with …": the words
  // on both sides of a speaker whose verb ends in a colon are theirs
  if (
    own.content.start >= own.verbEnd &&
    own.speakerStart > s.start &&
    /^[^.;"“”]{0,30}?:\s/.test(after)
  )
    return { content: s.text, start: s.start }
  const start = own.content.start >= own.verbEnd ? own.speakerStart : own.content.start
  // "“…,” the president told reporters, saying the package includes artillery …": what the
  // speaker goes on to say after the quotation is theirs too
  const saying = /^[^.;"“”]{0,40}?,\s+saying\s+(?:that\s+)?\S/.exec(after)
  if (saying && own.content.end <= own.speakerStart)
    return { content: text.slice(start, s.start + s.text.length), start }
  return { content: text.slice(start, own.content.end), start }
}

/**
 * "Germany has confirmed … a package worth €700 million. This was stated by … This time, Germany
 * is handing Ukraine two Patriot launchers, …": the things a giver's record is made of, told a
 * few sentences on with no sum of their own, by the same giver at the same stage, after a sum.
 */
export const listsFor = (
  previous: Accumulator | undefined,
  s: ArticleSentence,
  stage: AidStage | undefined,
  claims: readonly AidClaim[],
  donors: readonly string[],
): previous is Accumulator =>
  previous !== undefined &&
  (previous.sentences.at(-1) ?? -9) >= s.index - 4 &&
  previous.stage === stage &&
  donors.length > 0 &&
  donors.length === previous.donorIds.length &&
  donors.every((d) => previous.donorIds.includes(d)) &&
  previous.claims.some((c) => c.fact === 'money' && c.value.kind === 'amount') &&
  claims.some((c) => c.fact === 'item') &&
  claims.every((c) => c.fact === 'item' || c.fact === 'date')

const ATTRIBUTION_LINE =
  /^(?:This|That) (?:was|has been|is) (?:announced|reported|stated|said|confirmed)\b[^.]*\.?$/

/**
 * Whether a record's last sentence is near enough for this one to go on about it: fewer than
 * `reach` sentences between, not counting a line that only says who announced the aid ("This
 * was announced by X.").
 */
export const within = (
  previous: Accumulator,
  s: ArticleSentence,
  article: Article,
  reach: number,
): boolean => {
  const last = previous.sentences.at(-1)
  if (last === undefined) return false
  // asked of every clause after the record, however far: stop once the reach is spent
  let between = 0
  for (let i = last + 1; i < s.index; i++) {
    const x = article.sentences[i]
    if (x && !ATTRIBUTION_LINE.test(x.text) && ++between >= reach) return false
  }
  return true
}
