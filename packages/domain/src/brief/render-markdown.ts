import type { Brief, BriefSentence } from './brief.ts'
import { footnoteByline, footnotesOf, scopePhrase, sourceUrlAtSpan } from './footnotes.ts'

/** Markdown's own punctuation in running text, escaped so a title cannot become markup. */
const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1')

const quoteLine = (quote: string) => quote.replace(/\s*\n\s*/g, ' ')

/**
 * The brief as Markdown: one list per section, a numbered footnote (`[^n]`) after every cited
 * run of words, and the notes at the end with outlet, date, URL (opened at the span) and the
 * quoted words.
 */
export const renderBriefMarkdown = (brief: Brief): string => {
  const { notes, numberOf } = footnotesOf(brief)
  const line = (s: BriefSentence) =>
    s.parts
      .map(
        (p) =>
          escapeMd(quoteLine(p.text)) +
          [...new Set(p.citations.map(numberOf))].map((n) => `[^${n}]`).join(''),
      )
      .join('')
  const out = [`# Situation brief: ${scopePhrase(brief)}`, '']
  for (const section of brief.sections) {
    out.push(`## ${section.title}`, '')
    for (const s of section.sentences) out.push(`- ${line(s)}`)
    if (section.omitted > 0)
      out.push(`- _${section.omittedExact ? '' : 'At least '}${section.omitted} more not shown._`)
    out.push('')
  }
  if (notes.length) {
    out.push('## Sources', '')
    for (const { n, citation } of notes) {
      const url = sourceUrlAtSpan(citation)
      out.push(
        `[^${n}]: ${escapeMd(footnoteByline(citation))}${url ? `, <${url}>` : ''}: “${escapeMd(quoteLine(citation.quote))}”`,
      )
    }
    out.push('')
  }
  return out.join('\n')
}
