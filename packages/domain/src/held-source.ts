import { z } from 'zod'
import { SourceId } from './ids.ts'

/**
 * How sitrep knew it already held an article: the same address once tracking and AMP variants are
 * removed (`url`), the same words once typography is folded away (`text`), or most of the same
 * five-word runs (`near-duplicate`, a syndicated or lightly edited copy).
 */
export const HeldBy = z.enum(['url', 'text', 'near-duplicate'])
export type HeldBy = z.infer<typeof HeldBy>

export const HeldSource = z.object({
  sourceId: SourceId,
  by: HeldBy,
  /** Estimated Jaccard of the two texts' shingles; 1 for the same text, or a URL match without text. */
  similarity: z.number().min(0).max(1),
})
export type HeldSource = z.infer<typeof HeldSource>

/** What to look for: either or both of an article's address and its text. */
export interface HeldSourceQuery {
  readonly url?: string
  readonly text?: string
}
