import { z } from 'zod'
import { claimOf, RecordBase } from './claim.ts'
import { Asserter, Channel } from './evidence.ts'
import { FuzzyDate } from './fuzzy-date.ts'
import { RecordId } from './ids.ts'

export const StatementClaim = z
  .discriminatedUnion('fact', [claimOf('date', FuzzyDate)])
  .meta({ id: 'StatementClaim' })
export type StatementClaim = z.infer<typeof StatementClaim>

/**
 * Something an actor said. `mode` keeps the difference between words in quotation marks and a
 * reporter's paraphrase; the speaker's role is read from the actor dictionary for the day, and
 * `speakerRole` keeps how the source itself described them.
 */
export const Statement = z
  .strictObject({
    kind: z.literal('statement'),
    id: RecordId,
    ...RecordBase,
    speaker: Asserter,
    speakerRole: z.string().min(1).max(200).optional(),
    mode: z.enum(['quote', 'paraphrase']),
    text: z.string().min(1).max(10_000),
    channel: Channel,
    /** Whom it was addressed to: "diplomats in Kyiv", "partner countries". */
    audience: z.string().min(1).max(200).optional(),
    /** The records it is about: a talk, an aid request, an attack. */
    aboutIds: z.array(RecordId).max(50),
    claims: z.array(StatementClaim).min(1, 'a record needs at least one claim').max(500),
  })
  .meta({ id: 'Statement' })
export type Statement = z.infer<typeof Statement>
