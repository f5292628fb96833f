import { z } from 'zod'
import { AidClaim } from './aid.ts'
import { AttackClaim } from './attack.ts'
import { Stance } from './evidence.ts'
import { RecordId } from './ids.ts'
import { Origin } from './origin.ts'
import { RecordKind } from './record.ts'
import { StatementClaim } from './statement.ts'
import { TalkClaim } from './talk.ts'

/** A claim of any record kind. */
export const AnyClaimSchema = z.union([TalkClaim, AidClaim, AttackClaim, StatementClaim])

/**
 * A derived fact as the API sends it (see `deriveFacts`): the claims grouped into positions that
 * can all be true together. A dispute has more than one position.
 */
export const FactView = z
  .object({
    recordId: RecordId,
    kind: RecordKind,
    title: z.string(),
    fact: z.string(),
    key: z.string(),
    status: z.enum(['single', 'corroborated', 'disputed']),
    positions: z.array(
      z.object({
        /** The tightest value the position's claims allow. */
        value: z.unknown(),
        strongestAttribution: z.number(),
        claims: z.array(AnyClaimSchema),
        /** The independent origins behind the claims; `length` is what "corroborated" counts. */
        origins: z.array(Origin).optional(),
        /** `correction` or `denial` when the position only answers another (see disputes.ts). */
        stance: Stance.shape.type.optional(),
      }),
    ),
  })
  .meta({ id: 'FactView' })
export type FactView = z.infer<typeof FactView>
