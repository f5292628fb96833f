import type { EvalText } from '../texts/types.ts'

/**
 * A passage of real reporting by other hands: an excerpt of 1–6 sentences copied verbatim from
 * the page at `url`, with gold facts annotated from the excerpt alone in the form of
 * eval/facts.ts. `publishedAt` is the page's own date, absent when the page gives none. A
 * negative is text about something else that uses war-like words; its gold is empty.
 */
export interface RealPassage extends EvalText {
  readonly url: string
  readonly outlet: string
  readonly negative?: true
}
