import type { ArticleSentence } from './article.ts'

/**
 * "Russia and Ukraine agreed to swap prisoners at talks in Istanbul; the Russian envoy said he
 * was satisfied": the clause before the semicolon is the reporter's own, whatever the speaker
 * after it said. Empty when the sentence has no such clause. The semicolon is sought before the
 * reporting verb, since no speaker phrase holds one.
 */
export const ownClause = (s: ArticleSentence): string => {
  const a = s.attribution
  if (!a || s.inherited || a.content.start < a.verbEnd) return ''
  const before = s.text.slice(0, Math.max(0, a.verbEnd - s.start))
  const semicolon = before.lastIndexOf(';')
  return semicolon > 0 ? before.slice(0, semicolon) : ''
}
