import { ActorKind, type IngestProposal, type NameDecision, type NewName } from '@sitrep/domain'
import { ADD_PREFIX } from './add-value.ts'
import { type Entry, type EntryDictionaries, MAX_CHOICE, resolveEntry } from './resolve-entry.ts'

type NameKey = Pick<NewName, 'type' | 'proposedId'>

/**
 * One field per name, not per draft: the same official quoted by an attack and a statement is
 * one person, so one answer maps him everywhere he is read.
 */
export const nameField = (name: NameKey) => `name.${name.type}.${name.proposedId}`

/** A name no dictionary holds, once, with every draft of the reading that carries it. */
export interface ProposedName extends NameKey {
  readonly name: string
  readonly draftIds: readonly string[]
}

/**
 * The proposal's new names, each once however many drafts and spans read it (a name read
 * twice in a draft, or in two drafts, is one choice), in the order they are first met.
 */
export const proposedNames = (proposal: IngestProposal): ProposedName[] => {
  const byKey = new Map<string, ProposedName & { draftIds: string[] }>()
  for (const draft of proposal.drafts)
    for (const n of draft.newNames) {
      const key = nameField(n)
      const seen = byKey.get(key)
      if (!seen)
        byKey.set(key, {
          type: n.type,
          name: n.name,
          proposedId: n.proposedId,
          draftIds: [draft.record.id],
        })
      else if (!seen.draftIds.includes(draft.record.id)) seen.draftIds.push(draft.record.id)
    }
  return [...byKey.values()]
}

/** The editor's answer for one new name, for every draft that carries it. */
export interface NameChoice extends ProposedName {
  /** What the form sent, cut to a length worth echoing back into the field. */
  readonly value: string
  /** The existing entry the name maps to; absent while it stays a new name. */
  readonly mappedTo?: Entry
  /** A new actor's kind, when the editor adds the name to the dictionary. */
  readonly adds?: ActorKind
}

export interface NameChoices {
  readonly choices: readonly NameChoice[]
  /** Every refused choice, one sentence each; nothing is published while there is one. */
  readonly errors: readonly string[]
}

/**
 * The mapping the editor chose for each new name, checked against the dictionaries. Only the
 * fields of names this reading of the article holds are read: a forged field for any other
 * id (or in another shape, such as a per-draft one) is ignored, and an empty one keeps the
 * name new.
 */
export const readNameChoices = (
  proposal: IngestProposal,
  form: FormData,
  dict: EntryDictionaries,
): NameChoices => {
  const choices: NameChoice[] = []
  const errors: string[] = []
  for (const n of proposedNames(proposal)) {
    const sent = form.get(nameField(n))
    if (sent !== null && typeof sent !== 'string') {
      choices.push({ ...n, value: '' })
      errors.push(`The choice for “${n.name}” must be text, not a file.`)
      continue
    }
    const value = sent?.trim() ?? ''
    if (value === '' || value === n.proposedId) {
      choices.push({ ...n, value: '' })
      continue
    }
    if (n.type === 'actor' && value.startsWith(ADD_PREFIX)) {
      const kind = ActorKind.safeParse(value.slice(ADD_PREFIX.length))
      if (kind.success) choices.push({ ...n, value, adds: kind.data })
      else {
        choices.push({ ...n, value: '' })
        errors.push(`“${n.name}” cannot be added as a ${value.slice(ADD_PREFIX.length, 40)}.`)
      }
      continue
    }
    const resolved = resolveEntry(value, n.type, n.name, dict)
    if (resolved.ok) choices.push({ ...n, value, mappedTo: resolved.entry })
    else {
      choices.push({ ...n, value: value.slice(0, MAX_CHOICE) })
      errors.push(resolved.error)
    }
  }
  return { choices, errors }
}

/**
 * The choices as the API's name decisions: a mapped name maps to its entry's id, an added one
 * is added as its kind; a name left new needs no decision (keeping it is the default). Which
 * drafts a choice reaches, and whether the result is valid, the API decides.
 */
export const nameDecisions = (choices: readonly NameChoice[]): NameDecision[] =>
  choices.flatMap((c): NameDecision[] =>
    c.mappedTo
      ? [{ proposedId: c.proposedId, action: 'map', to: c.mappedTo.id }]
      : c.adds
        ? [{ proposedId: c.proposedId, action: 'add', kind: c.adds }]
        : [],
  )

/** Each name mapped, once: what the published step lists. */
export const mappedNames = (choices: readonly NameChoice[]) =>
  choices.flatMap((c) =>
    c.mappedTo ? [{ name: c.name, to: c.mappedTo.name, toId: c.mappedTo.id }] : [],
  )
