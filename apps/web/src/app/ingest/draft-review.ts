import type { IngestProposal } from '@sitrep/domain'
import type { DraftReview } from './ingest-state.ts'
import { distinctNewNames, type NameChoice, nameField } from './name-choices.ts'

/** The TUI's default too: a likeness this strong is proposed as new evidence on the record. */
export const MERGE_ABOVE = 0.8

/**
 * The proposal cut down to what the review form shows. It travels in the page's state (HTML and
 * RSC payload), so whole records and sources are left out; `titleOf` names matched records and
 * `choices` bring back the names the editor mapped, checked.
 */
export const draftReviews = (
  proposal: IngestProposal,
  titleOf: (recordId: string) => string,
  choices: readonly NameChoice[] = [],
): DraftReview[] =>
  proposal.drafts.map((draft) => {
    const { record } = draft
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
      newNames: distinctNewNames(draft).map((n) => {
        const chosen = choices.find(
          (c) => c.draftId === record.id && c.type === n.type && c.proposedId === n.proposedId,
        )
        return {
          type: n.type,
          name: n.name,
          proposedId: n.proposedId,
          field: nameField(record.id, n),
          value: chosen?.value ?? '',
          ...(chosen?.mappedTo ? { mappedTo: chosen.mappedTo } : {}),
        }
      }),
      suggested: best && best.score >= MERGE_ABOVE ? `merge:${best.recordId}` : 'new',
    }
  })
