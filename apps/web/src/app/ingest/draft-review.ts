import type { IngestProposal } from '@sitrep/domain'
import type { DraftNewName, DraftReview, ReviewNewName } from './ingest-state.ts'
import { type NameChoice, nameField, type ProposedName, proposedNames } from './name-choices.ts'

const choiceFor = (choices: readonly NameChoice[], n: ProposedName) =>
  choices.find((c) => c.type === n.type && c.proposedId === n.proposedId)

/** A new name with the editor's checked choice for it, as the control and the cards show it. */
const nameWithChoice = (n: ProposedName, choices: readonly NameChoice[]): DraftNewName => {
  const chosen = choiceFor(choices, n)
  return {
    type: n.type,
    name: n.name,
    proposedId: n.proposedId,
    field: nameField(n),
    ...(chosen?.mappedTo ? { mappedTo: chosen.mappedTo } : {}),
    ...(chosen?.adds ? { adds: chosen.adds } : {}),
  }
}

/**
 * One control per new name, naming the drafts it is read in: the editor answers once and the
 * answer reaches each of them. `choices` bring back what the editor chose, checked.
 */
export const newNameReviews = (
  proposal: IngestProposal,
  choices: readonly NameChoice[] = [],
): ReviewNewName[] =>
  proposedNames(proposal).map((n) => ({
    ...nameWithChoice(n, choices),
    value: choiceFor(choices, n)?.value ?? '',
    usedIn: n.draftIds.map((draftId) => ({
      draftId,
      title: proposal.drafts.find((d) => d.record.id === draftId)?.record.title ?? draftId,
    })),
  }))

/**
 * The proposal cut down to what the review form shows. It travels in the page's state (HTML and
 * RSC payload), so whole records and sources are left out; `titleOf` names matched records and
 * each draft lists its new names with the shared choice for them.
 */
export const draftReviews = (
  proposal: IngestProposal,
  titleOf: (recordId: string) => string,
  choices: readonly NameChoice[] = [],
): DraftReview[] => {
  const names = proposedNames(proposal)
  return proposal.drafts.map((draft) => {
    const { record } = draft
    const matches = proposal.matches
      .filter((m) => m.draftId === record.id)
      .map((m) => ({ ...m, title: titleOf(m.recordId) }))
    // The API's default for the draft: a confident match is pre-selected as a merge.
    const fallback = proposal.defaults.find((d) => d.draftId === record.id)
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
      newNames: names
        .filter((n) => n.draftIds.includes(record.id))
        .map((n) => nameWithChoice(n, choices)),
      suggested:
        fallback?.action === 'merge'
          ? `merge:${fallback.recordId}`
          : fallback?.action === 'reject'
            ? 'reject'
            : 'new',
    }
  })
}
