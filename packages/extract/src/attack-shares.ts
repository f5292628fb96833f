import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { capitalOf, placesIn } from './places.ts'
import { parseNumber } from './quantities.ts'

/** "Of these, 15 were approaching the capital": a share of the count just reported. */
export const shareOfPrevious = (
  s: ArticleSentence,
  targetId: string | undefined,
  lexicon: Lexicon,
): { value: number; raw: string; scope?: string } | undefined => {
  const m = /^Of (?:these|them|which),?\s+(\S+(?:\s\S+)?)\s+(?:were|was)\b(.*)$/i.exec(s.text)
  const value = m?.[1] ? parseNumber(m[1]) : undefined
  if (value === undefined || !m) return undefined
  const capital = targetId && /\bthe capital\b/i.test(m[2] ?? '') ? capitalOf(targetId) : undefined
  const place = capital ?? placesIn(s, targetId, lexicon)[0]
  return {
    value,
    raw: s.text.slice(s.text.indexOf(m[1] ?? ''), -1).slice(0, 200),
    ...(place ? { scope: place } : {}),
  }
}
