import { findMoney } from './money.ts'

export interface Clause {
  readonly content: string
  /** Where `content` starts in the article. */
  readonly start: number
  /** A payment named in passing ("…, with a further €8 billion through 2029"). */
  readonly aside?: true
  /** A payment told after ", while": another giver's, not what the sentence's subject said. */
  readonly contrast?: true
}

/**
 * ", the second by …", ", and the fourth, …", ", with a further …", "; …", ", followed by B
 * contributing …", ", while B …": the next payment; "A ($5m), B ($3m) and C ($1m)": a giver
 * with its sum in brackets, then the next.
 */
const NEXT_PAYMENT =
  /,\s+followed by\b|,\s+while\b|(?<=\((?:[€$£]|(?:EUR|USD|GBP)\s?)\d[^()]{0,20}\))(?:,\s+(?:and\s+)?|\s+and\s+)(?=\p{Lu})|,\s+(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|another|last|latter|rest)\b|,\s+(?:with|plus|and)\s+(?:a further|another|an additional|a second)\b|;\s+|\s+and\s+(?=(?:[€$£]|(?:EUR|USD|GBP)\s?)\d[^,;]{0,40}?\b(?:for|to|towards|on)\b)/giu

/** "between $5 million and $10 million" is one range, not two payments. */
const RANGE_BEFORE = /\b(?:between|from)\s+(?:[€$£]|(?:EUR|USD|GBP)\s?)?\d[^,;]{0,30}$/i

const ASIDE = /^,\s+(?:with|plus)\b/i
const WHILE = /^,\s+while\b/i

/**
 * One sentence listing several payments, each with its own giver and sum ("The first tranche was
 * paid by A for $5 million, the second by B for $7 million, and the third, also for $7 million,
 * by C"): one clause per payment. A sentence whose parts do not each name a sum is one clause.
 */
export const paymentClauses = (content: string, start: number): Clause[] => {
  // "€60 billion … will go to weapons and €30 billion for the budget": a second sum, a second use
  const found = [...content.matchAll(NEXT_PAYMENT)].filter(
    (m) => !/^\s+and\s+$/i.test(m[0]) || !RANGE_BEFORE.test(content.slice(0, m.index)),
  )
  if (found.length === 0) return [{ content, start }]
  const cuts = [
    0,
    ...found.map((m) => m.index + (m[0].startsWith(',') || m[0].startsWith(';') ? 1 : 0)),
  ]
  const contrast = found.findIndex((m) => WHILE.test(m[0]))
  const parts: Clause[] = cuts.map((c, i) => ({
    content: content.slice(c, cuts[i + 1] ?? content.length),
    start: start + c,
    ...(ASIDE.test(found[i - 1]?.[0] ?? '') ? { aside: true as const } : {}),
    ...(contrast >= 0 && i > contrast ? { contrast: true as const } : {}),
  }))
  return parts.every((p) => findMoney(p.content, undefined).length > 0)
    ? parts
    : [{ content, start }]
}
