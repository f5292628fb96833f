import type { FactName, NewName, RecordKind } from '@sitrep/domain'

/** What the editor typed, echoed back so a review or an error never loses the pasted text. */
export interface IngestInput {
  readonly text: string
  readonly publishedAt: string
  readonly title: string
  readonly url: string
  readonly outletName: string
}

export const emptyInput: IngestInput = {
  text: '',
  publishedAt: '',
  title: '',
  url: '',
  outletName: '',
}

export interface ReviewClaim {
  readonly id: string
  readonly fact: FactName
  readonly quote: string
  /** Where the quote stands in the pasted text; absent when the extractor could not place it. */
  readonly span?: { readonly start: number; readonly end: number }
}

export interface ReviewMatch {
  readonly recordId: string
  readonly title: string
  readonly score: number
  readonly reasons: readonly string[]
}

/** A draft that carries a new name, named so the editor sees where the one choice applies. */
export interface NameUse {
  readonly draftId: string
  readonly title: string
}

/**
 * A name no dictionary holds, with the editor's choice: keep it new or map it to an entry. One
 * per name however many drafts read it; the choice applies to all of `usedIn`.
 */
export interface ReviewNewName {
  readonly type: NewName['type']
  readonly name: string
  readonly proposedId: string
  /** The form field that carries the choice. */
  readonly field: string
  /** What the editor last chose, echoed so a refused form keeps it; empty keeps the name new. */
  readonly value: string
  /** The existing entry it maps to, once the server has checked the choice. */
  readonly mappedTo?: { readonly id: string; readonly name: string }
  /** The kind of actor it is added to the dictionary as, once the server has read the choice. */
  readonly adds?: string
  readonly usedIn: readonly NameUse[]
}

/** A draft's new name as its card mentions it; the control is the shared `ReviewNewName`. */
export type DraftNewName = Omit<ReviewNewName, 'value' | 'usedIn'>

/** An existing entry offered for mapping; `group` sorts the actor list (its kind). */
export interface EntryOption {
  readonly id: string
  readonly label: string
  readonly group: string
}

/** The entries offered, per type; empty for a type no draft has a new name of. */
export interface EntryOptions {
  readonly actor: readonly EntryOption[]
  readonly place: readonly EntryOption[]
  /** The kinds a name may be added to the dictionary as, when a draft has a new actor name. */
  readonly actorKinds: readonly string[]
}

/** One draft as the review form shows it: only what the editor judges, not the whole record. */
export interface DraftReview {
  readonly id: string
  readonly kind: RecordKind
  readonly title: string
  readonly claims: readonly ReviewClaim[]
  readonly matches: readonly ReviewMatch[]
  readonly newNames: readonly DraftNewName[]
  /** `new`, `reject` or `merge:<record id>`: the radio checked before the editor decides. */
  readonly suggested: string
}

export interface PublishedRecord {
  readonly id: string
  readonly kind: RecordKind
  readonly title: string
}

export interface MappedName {
  readonly name: string
  readonly to: string
  readonly toId: string
}

/** The ingest page's three steps; each answer of the server action is one of them. */
export type IngestState =
  | { readonly step: 'compose'; readonly input: IngestInput; readonly error?: string }
  | {
      readonly step: 'review'
      readonly input: IngestInput
      readonly drafts: readonly DraftReview[]
      readonly names: readonly ReviewNewName[]
      readonly entries: EntryOptions
      /** What sitrep already holds of the article ("Already held as src-…"), when it does. */
      readonly held?: string
      readonly error?: string
    }
  | {
      readonly step: 'published'
      readonly created: readonly PublishedRecord[]
      readonly merged: readonly PublishedRecord[]
      /** New names the editor mapped to existing entries, each once. */
      readonly mapped: readonly MappedName[]
      /** Names added to the dictionary as new actors: name, id and kind. */
      readonly added: readonly {
        readonly name: string
        readonly id: string
        readonly kind: string
      }[]
    }
