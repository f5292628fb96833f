import { findMoney } from './money.ts'

export interface Clause {
  readonly content: string
  /** Where `content` starts in the article. */
  readonly start: number
  /** A payment named in passing ("…, with a further €8 billion through 2029"). */
  readonly aside?: true
}

/** ", the second by …", ", and the fourth, …", ", with a further …", "; …": the next payment. */
const NEXT_PAYMENT =
  /,\s+(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|another|last|latter|rest)\b|,\s+(?:with|plus|and)\s+(?:a further|another|an additional|a second)\b|;\s+/gi

const ASIDE = /^,\s+(?:with|plus)\b/i

/**
 * One sentence listing several payments, each with its own giver and sum ("The first tranche was
 * paid by A for $5 million, the second by B for $7 million, and the third, also for $7 million,
 * by C"): one clause per payment. A sentence whose parts do not each name a sum is one clause.
 */
export const paymentClauses = (content: string, start: number): Clause[] => {
  const found = [...content.matchAll(NEXT_PAYMENT)]
  if (found.length === 0) return [{ content, start }]
  const cuts = [0, ...found.map((m) => m.index + 1)]
  const parts: Clause[] = cuts.map((c, i) => ({
    content: content.slice(c, cuts[i + 1] ?? content.length),
    start: start + c,
    ...(ASIDE.test(found[i - 1]?.[0] ?? '') ? { aside: true as const } : {}),
  }))
  return parts.every((p) => findMoney(p.content, undefined).length > 0)
    ? parts
    : [{ content, start }]
}
