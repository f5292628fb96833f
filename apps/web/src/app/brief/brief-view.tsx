import { type Brief, type BriefCitation, footnotesOf, sourceUrlAtSpan } from '@sitrep/domain'
import Link from 'next/link'
import { recordHref } from '../../lib/record-view.ts'

/** The source page opened at the cited words: its span is marked and anchored there. */
const heldAt = (c: BriefCitation) =>
  `/sources/${encodeURIComponent(c.sourceId)}#ev-${c.claimIds[0] ?? ''}`

const byline = (c: BriefCitation) =>
  [c.outlet ?? c.sourceTitle ?? c.sourceId, c.publishedAt?.slice(0, 10)].filter(Boolean).join(', ')

/**
 * The brief as the API built it: each section a list of sentences, a numbered mark after every
 * cited run of words, and the notes below with the outlet, date, quoted words and links that
 * open the source at the span (sitrep's copy, and the original page where there is one).
 */
export function BriefView({ brief }: { readonly brief: Brief }) {
  const { notes, numberOf } = footnotesOf(brief)
  return (
    <div className="brief">
      {brief.sections.map((section) => (
        <section key={section.id} aria-labelledby={`brief-${section.id}`}>
          <h2 id={`brief-${section.id}`}>{section.title}</h2>
          <ul>
            {section.sentences.map((s, i) => (
              // Sentences have no id of their own; their order is the brief's.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={i}>
                {s.parts.map((p, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
                  <span key={j}>
                    {p.text}
                    {[...new Set(p.citations.map(numberOf))].map((n) => (
                      <sup key={n}>
                        <a href={`#fn-${n}`}>{n}</a>
                      </sup>
                    ))}
                  </span>
                ))}
              </li>
            ))}
            {section.omitted > 0 ? (
              <li className="muted">
                {section.omittedExact ? '' : 'At least '}
                {section.omitted} more not shown.
              </li>
            ) : null}
          </ul>
        </section>
      ))}
      {notes.length ? (
        <section aria-labelledby="brief-sources" className="brief-notes">
          <h2 id="brief-sources">Sources</h2>
          <ol>
            {notes.map(({ n, citation }) => {
              const original = sourceUrlAtSpan(citation)
              return (
                <li key={n} id={`fn-${n}`}>
                  <Link href={heldAt(citation)}>{byline(citation)}</Link>
                  {original ? (
                    <>
                      {' '}
                      (<a href={original}>original</a>)
                    </>
                  ) : null}
                  : <q>{citation.quote}</q>{' '}
                  <Link className="muted" href={recordHref(citation.recordId)}>
                    record
                  </Link>
                  {citation.url ? <span className="print-url"> {citation.url}</span> : null}
                </li>
              )
            })}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
