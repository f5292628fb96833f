/**
 * "99 percent of the security assistance Ukraine has received comes from NATO members", "75% of
 * all missiles that reached Ukraine": a share of all the aid given, a statistic about it, tells
 * no package of its own.
 */
const SHARE_OF_ALL =
  /\b\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:assistance|aid|support|weapons|missiles|ammunition)\b(?!\s+(?:package|worth)\b)/iu

export const shareOfAllAid = (text: string): boolean => /\d/.test(text) && SHARE_OF_ALL.test(text)
