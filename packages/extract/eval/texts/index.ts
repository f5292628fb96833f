import type { RecordKind } from '@sitrep/domain'

/** A short realistic text with its gold, written fact by fact in the form of eval/facts.ts. */
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

export const texts: readonly EvalText[] = []
