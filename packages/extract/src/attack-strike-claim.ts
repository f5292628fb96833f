import type { AttackClaim, PlaceId } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { claimOf, type DraftContext, evidenceIn } from './evidence.ts'

/**
 * A strike reported without a figure or a date ("Russian warplanes struck positions near
 * Kupiansk") is still an attack, but a record's claims are its evidence and the store holds none
 * without one: the sentence that tells the strike becomes its claim, as what the strike did.
 */
export const strikeClaim = (
  ctx: DraftContext,
  s: ArticleSentence | undefined,
  placeIds: readonly PlaceId[],
): AttackClaim[] =>
  s
    ? [
        claimOf(evidenceIn(ctx, `e-strike-${s.index}`, s, s, true), 'effect', {
          type: 'other' as const,
          placeIds: [...placeIds],
          description: s.text.slice(0, 1000),
        }),
      ]
    : []
