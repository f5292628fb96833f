import { givenBefore } from './aid-day.ts'
import type { AidAccumulator } from './aid-forum.ts'
import type { Article, ArticleSentence } from './article.ts'
import { claimOf, type DraftContext, evidenceIn } from './evidence.ts'

/** A sentence about the announcement itself, not about what was given. */
const ANNOUNCEMENT =
  /\b(?:made (?:the|this|that) announcement|(?:the|this|that) announcement was made|(?:this|the|that) (?:decision|package|aid|assistance|support|news) was (?:announced|unveiled|made public)|announced (?:this|it)\b)/i

/**
 * "… will allocate 90 million euros for drones. Brekelmans made the announcement on October 15
 * in Brussels.": a sentence that gives no aid of its own but says when the aid just told, a
 * sentence or two before, was announced dates that record, unless it is dated already.
 */
export const announcedDayOfPrevious = (
  previous: AidAccumulator | undefined,
  s: ArticleSentence,
  article: Article,
  ctx: DraftContext,
): void => {
  if (!previous || (previous.sentences.at(-1) ?? -9) < s.index - 2) return
  if (previous.claims.some((c) => c.fact === 'date') || !ANNOUNCEMENT.test(s.text)) return
  const day =
    s.speechDate ??
    s.dates.find((d) => d.date.precision === 'day' || d.date.precision === 'part-of-day')
  if (!day) return
  const ev = evidenceIn(ctx, `e-announced-${s.index}`, s)
  previous.claims.push(claimOf(ev, 'date', givenBefore(day.date, article.anchor, s.text)))
  previous.sentences.push(s.index)
}
