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

/**
 * One sentence for an editor on what sitrep already holds of an article, the same in the web and
 * the terminal: publishing a held article adds only what its records lack, and a copy's claims
 * never count as a second witness.
 */
export const describeHeld = (held: HeldSource, sourceId: string): string => {
  const percent = `${Math.round(held.similarity * 100)}% of its wording`
  if (held.by === 'near-duplicate')
    return `A copy of ${held.sourceId} (${percent}): published as its own source, its claims do not corroborate the original.`
  if (sourceId !== held.sourceId)
    return `Sitrep holds this address as ${held.sourceId} with other words (${percent}): a revision, published as its own source that does not corroborate the first.`
  return `Already held as ${held.sourceId} (the same ${held.by === 'url' ? 'address' : 'text'}): each draft is matched to the record it supports, and publishing adds only what the records lack.`
}
