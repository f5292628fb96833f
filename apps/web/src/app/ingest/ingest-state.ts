import type { FactName, RecordKind } from '@sitrep/domain'

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

/** One draft as the review form shows it: only what the editor judges, not the whole record. */
export interface DraftReview {
  readonly id: string
  readonly kind: RecordKind
  readonly title: string
  readonly claims: readonly ReviewClaim[]
  readonly matches: readonly ReviewMatch[]
  readonly newNames: readonly string[]
  /** `new`, `reject` or `merge:<record id>`: the radio checked before the editor decides. */
  readonly suggested: string
}

export interface PublishedRecord {
  readonly id: string
  readonly kind: RecordKind
  readonly title: string
}

/** The ingest page's three steps; each answer of the server action is one of them. */
export type IngestState =
  | { readonly step: 'compose'; readonly input: IngestInput; readonly error?: string }
  | {
      readonly step: 'review'
      readonly input: IngestInput
      readonly drafts: readonly DraftReview[]
      readonly error?: string
    }
  | {
      readonly step: 'published'
      readonly created: readonly PublishedRecord[]
      readonly merged: readonly PublishedRecord[]
    }
