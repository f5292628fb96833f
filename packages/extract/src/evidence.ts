import type { Asserter, Evidence, Lexicon, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { originIn, outletCites } from './cited-origin.ts'
import { stanceOfSentence } from './stance.ts'

/** What every record extractor needs besides the sentences: where ids and evidence point. */
export interface DraftContext {
  readonly sourceId: string
  readonly text: string
  /** A fresh id for a draft of a kind: "draft-talk-1". */
  readonly nextId: (kind: string) => string
  /** The dictionaries names resolve against: the article's (see `Article.lexicon`). */
  readonly lexicon: Lexicon
}

export const createDraftContext = (
  sourceId: string,
  text: string,
  lexicon: Lexicon,
): DraftContext => {
  const counters = new Map<string, number>()
  return {
    sourceId,
    text,
    lexicon,
    nextId: (kind) => {
      const n = (counters.get(kind) ?? 0) + 1
      counters.set(kind, n)
      return `draft-${kind}-${n}`
    },
  }
}

/** The article's own voice, when no one else is said to assert a sentence. */
const REPORTED: Asserter = { type: 'unnamed', description: 'the reporting outlet' }

/**
 * Whom an outlet cites and where the words came from depend on the sentence alone, yet every
 * claim read from it asks: read once per sentence.
 */
const carried = new WeakMap<ArticleSentence, { citing?: Asserter; origin?: Evidence['origin'] }>()
const carriedBy = (
  s: ArticleSentence,
  a: NonNullable<ArticleSentence['attribution']>,
  lexicon: Lexicon,
) => {
  const known = carried.get(s)
  if (known) return known
  // "TASS reported, citing the defence ministry": the words are the ministry's, TASS carries them
  const citing = a.citing ?? outletCites(s.text, a, lexicon)
  const origin = originIn(s.text, a, lexicon)
  const found = { ...(citing ? { citing } : {}), ...(origin ? { origin } : {}) }
  carried.set(s, found)
  return found
}

/**
 * Evidence for a fact read from `span` of a sentence: the exact words, and the attribution the
 * sentence carries. Every claim stays unverified: the extractor proposes, an editor confirms.
 */
export const evidenceIn = (
  ctx: DraftContext,
  id: string,
  s: ArticleSentence,
  span: { readonly start: number; readonly end: number } = s,
  /** A strike's facts: a sentence that only carries a speaker is the reporter's own words. */
  reporterOwn = false,
): Evidence => {
  const a = s.attribution
  const stance = stanceOfSentence(s, ctx.lexicon)
  const quote = ctx.text.slice(span.start, span.end).slice(0, 5000)
  // Built by assignment, in the order a spread of a base object gave: a literal that spreads an
  // object and adds keys takes V8's slow path, and every claim of every record asks for this.
  const evidence: { -readonly [K in keyof Evidence]?: Evidence[K] } = {
    id,
    sourceId: ctx.sourceId,
    span: { start: span.start, end: span.start + quote.length },
    quote,
    verification: 'unverified',
  }
  if (stance) evidence.stance = stance
  if (!a || (reporterOwn && s.reporterWords)) {
    evidence.assertedBy = REPORTED
    evidence.attribution = 'media-report'
    evidence.channel = 'article'
    return evidence as Evidence
  }
  const { citing, origin } = carriedBy(s, a, ctx.lexicon)
  evidence.assertedBy = a.speaker.asserter
  evidence.attribution = a.speaker.attribution
  if (citing) evidence.citing = citing
  if (origin) evidence.origin = origin
  if (a.reportedBy) evidence.reportedBy = a.reportedBy
  evidence.channel = a.channel
  return evidence as Evidence
}

/**
 * A claim: the evidence with its fact and value added by assignment, in the order the literal
 * `{ ...evidence, fact, value }` gave them, without the slow path of a spread-then-add literal.
 * The evidence must be fresh (from `evidenceIn`): it becomes the claim.
 */
export const claimOf = <F extends string, V>(
  evidence: Evidence,
  fact: F,
  value: V,
): Evidence & { readonly fact: F; readonly value: V } => {
  const claim = evidence as Evidence & { fact: F; value: V }
  claim.fact = fact
  claim.value = value
  return claim
}

/**
 * A copy of a claim under its record's own id. A bare spread copies on V8's fast path and the
 * id is already a key, so the copy keeps the order `{ ...claim, id }` gave.
 */
export const withId = <C extends { readonly id: string }>(claim: C, id: string): C => {
  const copy = { ...claim }
  ;(copy as { id: string }).id = id
  return copy
}

/** Unknown names a sentence's speaker brings with it, for the draft's `newNames`. */
export const speakerNewNames = (s: ArticleSentence): NewName[] =>
  s.attribution?.speaker.newName ? [s.attribution.speaker.newName] : []

/** A readable name for who is speaking: the dictionary's name or the source's description. */
export const asserterName = (a: Asserter, lexicon: Lexicon, fallback?: string): string =>
  a.type === 'actor' ? (lexicon.actor(a.actorId)?.name ?? fallback ?? a.actorId) : a.description
