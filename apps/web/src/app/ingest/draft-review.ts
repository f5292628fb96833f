import type { IngestProposal } from '@sitrep/domain'
import type { DraftReview } from './ingest-state.ts'

/** The TUI's default too: a likeness this strong is proposed as new evidence on the record. */
export const MERGE_ABOVE = 0.8

/**
 * The proposal cut down to what the review form shows. It travels in the page's state (HTML and
 * RSC payload), so whole records and sources are left out; `titleOf` names matched records.
 */
export const draftReviews = (
  proposal: IngestProposal,
  titleOf: (recordId: string) => string,
): DraftReview[] =>
  proposal.drafts.map(({ record, newNames }) => {
    const matches = proposal.matches
      .filter((m) => m.draftId === record.id)
      .map((m) => ({ ...m, title: titleOf(m.recordId) }))
    const best = matches[0]
    return {
      id: record.id,
      kind: record.kind,
      title: record.title,
      claims: record.claims.map((c) => ({
        id: c.id,
        fact: c.fact,
        quote: c.quote,
        ...(c.span ? { span: { start: c.span.start, end: c.span.end } } : {}),
      })),
      matches,
      newNames: newNames.map((n) => `${n.name} (${n.type})`),
      suggested: best && best.score >= MERGE_ABOVE ? `merge:${best.recordId}` : 'new',
    }
  })
