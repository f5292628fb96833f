import type { Source } from '../source.ts'
import { istanbulTalksArticleText } from './article-text.ts'
import { datesAnchoredAt, evidenceIn } from './evidence-builder.ts'

export const PUBLISHED = '2025-07-21'

export const istanbulTalksArticle: Source = {
  id: 'src-istanbul-talks-2025-07-21',
  kind: 'article',
  title: 'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky',
  publishedAt: PUBLISHED,
  language: 'en',
  text: istanbulTalksArticleText,
}

export const evidence = evidenceIn(istanbulTalksArticle.id, istanbulTalksArticleText)
export const dates = datesAnchoredAt(PUBLISHED)
