import type { AidClaim, Lexicon } from '@sitrep/domain'
import { givenBefore } from './aid-day.ts'
import type { AidAccumulator } from './aid-forum.ts'
import { PART_OF } from './aid-sum-words.ts'
import type { Article, ArticleSentence } from './article.ts'
import { claimOf, type DraftContext, evidenceIn } from './evidence.ts'
import { findMoney, type MoneyMention } from './money.ts'
import { findNames } from './names.ts'

/** Where the whole's own words end: a comma, or a clause of time or purpose ("… after Russia …"). */
const WHOLE_ENDS = /[,;]|\s(?:after|since|amid|when|as|to address|to help|in the wake of)\s/i

const before = (content: string, m: MoneyMention) =>
  content.slice(Math.max(0, m.start - 100), m.start)

/**
 * "more than $3 billion as part of a $50 billion loan from the G7", or "The aid package is part
 * of a C$500 million assistance pledged in July" after the package's own sum: the larger whole
 * the payment belongs to. It is no sum of the payment; it is a pledge of its own, as readers
 * count it. With no sum told before ("The jets are part of a €2 billion package") it is the
 * package's own, and not a whole.
 */
export const isWhole = (
  content: string,
  m: MoneyMention,
  found: readonly MoneyMention[],
  priced: boolean,
): boolean =>
  PART_OF.test(before(content, m)) &&
  (priced || found.some((o) => o.end <= m.start && !PART_OF.test(before(content, o))))

/**
 * The giver named from "part of" on ("agreed by the G7", "from the Group of Seven countries",
 * "pledged by Prime Minister Justin Trudeau", "agreed between Ukraine and Japan"): a state or a
 * union of them, or a leader's state; none when the words name no one.
 */
const giversAfter = (text: string, offset: number, lexicon: Lexicon): string[] => {
  const ids = findNames(text, offset, lexicon).flatMap((n) => {
    const actor = n.actorId ? lexicon.actor(n.actorId) : undefined
    if (!actor) return []
    const id =
      actor.kind === 'person'
        ? actor.stateId
        : actor.kind === 'state' || actor.kind === 'international-organisation'
          ? actor.id
          : undefined
    // the recipient and the invader give no aid ("… after Russia launched a war")
    return id && id !== 'ukraine' && id !== 'russia' ? [id] : []
  })
  // "a broader G7 initiative": the one giver whose name has a digit
  const g7 = /\bG-?7\b/.test(text) ? ['g7'] : []
  return [...new Set([...g7, ...ids])]
}

/**
 * One pledge record per whole a clause names, given by whoever its words name or else by the
 * payment's own givers, dated by a date told after it ("pledged … in July").
 */
export const wholeRecords = (
  s: ArticleSentence,
  content: string,
  start: number,
  payment: AidAccumulator,
  priced: boolean,
  article: Article,
  ctx: DraftContext,
): AidAccumulator[] => {
  if (!/\bpart of\b|\b(?:under|within|from) (?:the|a|an|its) /i.test(content)) return []
  const found = findMoney(content, article.anchor, article.text)
  return found
    .filter((m) => isWhole(content, m, found, priced))
    .map((m, i) => {
      const from = content.slice(0, m.start).search(PART_OF)
      // the whole's own clause: "…, which will be repaid from the frozen assets of the Russian
      // central bank" names no giver
      const stop = content.slice(m.end).search(WHOLE_ENDS)
      const end = stop < 0 ? content.length : m.end + stop
      const words = content.slice(from, end)
      const ev = (fact: string) => evidenceIn(ctx, `e-whole-${fact}-${s.index}-${start}-${i}`, s)
      const claims: AidClaim[] = [claimOf(ev('money'), 'money', m.money)]
      const date = s.dates.find((d) => d.start >= start + m.end && d.end <= start + end)
      if (date)
        claims.push(claimOf(ev('date'), 'date', givenBefore(date.date, article.anchor, content)))
      const named = giversAfter(words, start + from, article.lexicon)
      return {
        stage: 'pledge' as const,
        donorIds: named.length > 0 ? named : [...payment.donorIds],
        claims,
        sentences: [s.index],
        newNames: [],
        ...(payment.speaker !== undefined ? { speaker: payment.speaker } : {}),
      }
    })
}
