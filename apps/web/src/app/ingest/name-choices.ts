import type { Draft, EntityRename, IngestProposal, NewName } from '@sitrep/domain'
import { type Entry, type EntryDictionaries, MAX_CHOICE, resolveEntry } from './resolve-entry.ts'

export const nameField = (draftId: string, name: Pick<NewName, 'type' | 'proposedId'>) =>
  `name.${draftId}.${name.type}.${name.proposedId}`

/** The editor's answer for one new name of one draft. */
export interface NameChoice {
  readonly draftId: string
  readonly type: NewName['type']
  readonly name: string
  readonly proposedId: string
  /** What the form sent, cut to a length worth echoing back into the field. */
  readonly value: string
  /** The existing entry the name maps to; absent while it stays a new name. */
  readonly mappedTo?: Entry
}

export interface NameChoices {
  readonly choices: readonly NameChoice[]
  /** Every refused choice, one sentence each; nothing is published while there is one. */
  readonly errors: readonly string[]
}

/** A name read twice in a draft (two spans) is one choice. */
export const distinctNewNames = (draft: Draft): NewName[] => {
  const seen = new Set<string>()
  return draft.newNames.filter((n) => {
    const key = `${n.type}|${n.proposedId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The mapping the editor chose for each new name, checked against the dictionaries. Only the
 * fields of names this reading of the article holds are read: a forged field for any other
 * id is ignored, and an empty one keeps the name new.
 */
export const readNameChoices = (
  proposal: IngestProposal,
  form: FormData,
  dict: EntryDictionaries,
): NameChoices => {
  const choices: NameChoice[] = []
  const errors: string[] = []
  for (const draft of proposal.drafts)
    for (const n of distinctNewNames(draft)) {
      const sent = form.get(nameField(draft.record.id, n))
      const base = {
        draftId: draft.record.id,
        type: n.type,
        name: n.name,
        proposedId: n.proposedId,
      }
      if (sent !== null && typeof sent !== 'string') {
        choices.push({ ...base, value: '' })
        errors.push(`The choice for “${n.name}” must be text, not a file.`)
        continue
      }
      const value = sent?.trim() ?? ''
      if (value === '' || value === n.proposedId) {
        choices.push({ ...base, value: '' })
        continue
      }
      const resolved = resolveEntry(value, n.type, n.name, dict)
      if (resolved.ok) choices.push({ ...base, value, mappedTo: resolved.entry })
      else {
        choices.push({ ...base, value: value.slice(0, MAX_CHOICE) })
        errors.push(resolved.error)
      }
    }
  return { choices, errors }
}

/** The renames one draft's choices ask for, ready for `renameEntity`. */
export const renamesFor = (choices: readonly NameChoice[], draftId: string): EntityRename[] =>
  choices.flatMap((c) =>
    c.draftId === draftId && c.mappedTo
      ? [{ type: c.type, from: c.proposedId, to: c.mappedTo.id }]
      : [],
  )

/** Each name mapped, once, however many drafts it was read in: what the published step lists. */
export const mappedNames = (choices: readonly NameChoice[]) => {
  const seen = new Map<string, { name: string; to: string; toId: string }>()
  for (const c of choices)
    if (c.mappedTo)
      seen.set(`${c.type}|${c.name}|${c.mappedTo.id}`, {
        name: c.name,
        to: c.mappedTo.name,
        toId: c.mappedTo.id,
      })
  return [...seen.values()]
}
