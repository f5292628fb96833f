import type { Brief, BriefCitation, BriefSentence } from './brief.ts'
import { footnoteByline, footnotesOf, scopePhrase, sourceUrlAtSpan } from './footnotes.ts'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface BriefHtmlOptions {
  /** Where a footnote opens the source; by default its URL at the span, else nothing. */
  readonly sourceHref?: (c: BriefCitation) => string | undefined
}

/**
 * The brief as an HTML fragment (an `<article>`): sections, sentences with footnote marks
 * linking to the notes, and notes linking to the source at the span. Plain markup, so a
 * page's own styles (and print styles) apply.
 */
export const renderBriefHtml = (brief: Brief, options: BriefHtmlOptions = {}): string => {
  const href = options.sourceHref ?? sourceUrlAtSpan
  const { notes, numberOf } = footnotesOf(brief)
  const mark = (n: number) => `<sup><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`
  const line = (s: BriefSentence) =>
    s.parts
      .map((p) => escapeHtml(p.text) + [...new Set(p.citations.map(numberOf))].map(mark).join(''))
      .join('')
  const sections = brief.sections.map(
    (section) =>
      `<section id="brief-${section.id}"><h2>${escapeHtml(section.title)}</h2><ul>${section.sentences
        .map((s) => `<li>${line(s)}</li>`)
        .join(
          '',
        )}${section.omitted > 0 ? `<li class="omitted">${section.omittedExact ? '' : 'At least '}${section.omitted} more not shown.</li>` : ''}</ul></section>`,
  )
  const list = notes.map(({ n, citation }) => {
    const to = href(citation)
    const byline = escapeHtml(footnoteByline(citation))
    const source = to ? `<a href="${escapeHtml(to)}">${byline}</a>` : byline
    return `<li id="fn-${n}">${source}: <q>${escapeHtml(citation.quote)}</q> <a href="#fnref-${n}" aria-label="back to the text">↩</a></li>`
  })
  return [
    '<article class="brief">',
    `<h1>Situation brief: ${escapeHtml(scopePhrase(brief))}</h1>`,
    ...sections,
    notes.length
      ? `<section id="brief-sources"><h2>Sources</h2><ol>${list.join('')}</ol></section>`
      : '',
    '</article>',
  ].join('\n')
}
