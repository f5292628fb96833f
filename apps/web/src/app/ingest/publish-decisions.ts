import type { Draft, EntityRename, IngestProposal, IngestPublish } from '@sitrep/domain'
import { decisionField, titleField } from './form-fields.ts'
import { mapNewNames } from './map-new-names.ts'

/** A record's title is at most 300 characters (RecordBase); longer edits are cut, not refused. */
const MAX_TITLE = 300

const retitled = (draft: Draft, form: FormData): Draft => {
  const edited = form.get(titleField(draft.record.id))
  const title = typeof edited === 'string' ? edited.trim().slice(0, MAX_TITLE) : ''
  return title ? { ...draft, record: { ...draft.record, title } } : draft
}

export type PublishPlan =
  | { readonly ok: true; readonly publish: IngestPublish }
  | { readonly ok: false; readonly error: string }

const none = (): readonly EntityRename[] => []

/**
 * The editor's choices applied to a fresh reading of the same article. A decision must name a
 * draft of this reading and a merge one of its suggested records, so a stale or forged form
 * cannot attach evidence to an arbitrary record with the server's key. `renames` are the new
 * names mapped to existing entries (checked by `readNameChoices`); a merge maps them too, as
 * its claims name the same speakers and places.
 */
export const planPublish = (
  proposal: IngestProposal,
  form: FormData,
  renames: (draftId: string) => readonly EntityRename[] = none,
): PublishPlan => {
  const drafts: Draft[] = []
  const merges: { draftId: string; recordId: string }[] = []
  for (const proposed of proposal.drafts) {
    const id = proposed.record.id
    const decision = form.get(decisionField(id))
    if (typeof decision !== 'string')
      return {
        ok: false,
        error: `The article now reads differently (no decision for ${id}); review the drafts again.`,
      }
    if (decision === 'reject') continue
    const mapped = mapNewNames(proposed, renames(id))
    if (!mapped.ok) return mapped
    const { draft } = mapped
    if (decision.startsWith('merge:')) {
      const recordId = decision.slice('merge:'.length)
      const suggested = proposal.matches.some((m) => m.draftId === id && m.recordId === recordId)
      if (!suggested)
        return { ok: false, error: `${recordId} is not a suggested match for ${id} any more.` }
      merges.push({ draftId: id, recordId })
      drafts.push(draft)
    } else if (decision === 'new') drafts.push(retitled(draft, form))
    else return { ok: false, error: `Unknown decision for ${id}.` }
  }
  if (drafts.length === 0)
    return { ok: false, error: 'Every draft was rejected: nothing to publish.' }
  return { ok: true, publish: { source: proposal.source, drafts, merges } }
}
