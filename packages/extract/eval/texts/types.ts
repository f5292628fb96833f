import type { RecordKind } from '@sitrep/domain'

/**
 * A short realistic text with its gold, written by hand fact by fact in the form of
 * eval/facts.ts ("type=key ~ text"); `about=` names a gold record of the same text.
 */
export interface EvalText {
  readonly id: string
  readonly publishedAt?: string
  readonly text: string
  readonly gold: readonly {
    readonly kind: RecordKind
    readonly id?: string
    readonly facts: readonly string[]
  }[]
}
