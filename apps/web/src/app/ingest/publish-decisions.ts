import type { DraftDecision, IngestProposal } from '@sitrep/domain'
import { decisionField, titleField } from './form-fields.ts'

/** A record's title is at most 300 characters (RecordBase); longer edits are cut, not refused. */
const MAX_TITLE = 300

export type DecisionsRead =
  | { readonly ok: true; readonly decisions: readonly DraftDecision[] }
  | { readonly ok: false; readonly error: string }

/** An edited title worth sending: trimmed, cut, and only when it differs from the draft's. */
const editedTitle = (form: FormData, draftId: string, title: string): string | undefined => {
  const edited = form.get(titleField(draftId))
  const trimmed = typeof edited === 'string' ? edited.trim().slice(0, MAX_TITLE) : ''
  return trimmed && trimmed !== title ? trimmed : undefined
}

/**
 * The review form as one decision per draft of this reading of the article. The form only
 * says what the editor chose: the API reads the article again and applies the publishing rules
 * (merge targets, names, titles), so they live there, once. A draft without a field means the
 * form was built from another reading: the editor reviews again rather than publish defaults
 * they never saw.
 */
export const readDraftDecisions = (proposal: IngestProposal, form: FormData): DecisionsRead => {
  const decisions: DraftDecision[] = []
  for (const { record } of proposal.drafts) {
    const draftId = record.id
    const chosen = form.get(decisionField(draftId))
    if (typeof chosen !== 'string')
      return {
        ok: false,
        error: `The article now reads differently (no decision for ${draftId}); review the drafts again.`,
      }
    if (chosen === 'reject') decisions.push({ draftId, action: 'reject' })
    else if (chosen.startsWith('merge:'))
      decisions.push({ draftId, action: 'merge', recordId: chosen.slice('merge:'.length) })
    else if (chosen === 'new') {
      const title = editedTitle(form, draftId, record.title)
      decisions.push({ draftId, action: 'new', ...(title ? { title } : {}) })
    } else return { ok: false, error: `Unknown decision for ${draftId}.` }
  }
  return { ok: true, decisions }
}
