import { findMoney } from './money.ts'

/**
 * Words before an amount that make it a total so far: "bringing the total to", "on top of",
 * "adding to the … already delivered", "total support … will exceed"; a full stop inside the
 * words is an abbreviation's ("total U.S. military aid to").
 */
export const RUNNING_TOTAL =
  /\b(?:(?:bringing|brings|raising|raises|taking|takes|doubling|tripling|increasing|increases)\b(?:[^.;,]|\.(?=\S|\s+[a-z])){0,100}\bto(?:\s+(?:an?|the)\s+[a-z-]+)?|on top of|in addition to|out of|adding to(?:\s+(?:the|its|their))?|\btotal\b[^.;]{0,80}\b(?:(?:amounts?|amounted|comes?|came|reach(?:es|ed)?|stands?|stood)\s+(?:to|at)|exceeds?|exceeded|surpass(?:es|ed)?))\s+$/i

/**
 * "Support totalling SEK 75 billion": the package's own sum when the sentence tells no other
 * payment; beside one ("three tranches totalling 1.5 billion …, a fourth will add €500 million")
 * it is the sum of payments told before.
 */
export const TOTALLING = /\btotall?ing\s+$/i

/**
 * "The loan is part of a broader G7 initiative … delivering $50 billion", "as part of a £38bn
 * package" after the loan's own sum: the larger whole the payment belongs to, not its sum. With
 * no sum told before ("The aircraft are part of a €2 billion package") it is the package's.
 * "€3.5 billion as a third payment under the €50 billion Ukraine Facility", "$1 billion from the
 * $61 billion package": a whole named right before its sum.
 */
export const PART_OF = /\bpart of\b[^.;]{0,80}$|\b(?:under|within|from) (?:the|a|an|its) $/i

/** "25 billion kronor ($2.3 billion) annually", "£3bn-a-year": a rate, not the sum pledged. */
export const YEARLY = /^(?:\s+|-)(?:a|per|each)[- ]year\b|^\s+(?:annually|yearly)\b/i

/**
 * "300 million kroner from this aid package will go to …", "€60 billion of the EU loan": a share
 * of a sum already told, when one was (the caller says so), not a payment of its own.
 */
export const SHARE_OF =
  /^\s+(?:from|of|out of)\s+(?:this|the|that|these|its)\s+(?:[\p{L}-]+\s+){0,2}(?:package|loan|aid|sum|amount|funds?|funding|money|tranche|contribution|donation)\b/iu

/** Whether a sentence tells a share of a sum already told ("… from this aid package"). */
export const givesShare = (content: string): boolean =>
  findMoney(content, undefined).some((m) => SHARE_OF.test(content.slice(m.end, m.end + 60)))

/**
 * "The total amount of the loan is 1.95 billion Canadian dollars" after the tranche just received:
 * the whole the payment is part of, when a sum was told before it (the caller says so).
 */
export const TOTAL_IS =
  /\btotal (?:amount|value|sum|volume|size)\b[^.;]{0,60}\b(?:is|was|amounts? to|stands? at)\s+$/i
