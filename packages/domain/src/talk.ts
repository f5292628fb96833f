import { z } from 'zod'
import { claimOf, RecordBase } from './claim.ts'
import { FuzzyDate } from './fuzzy-date.ts'
import { ActorId, PlaceId, RecordId } from './ids.ts'
import { IsoDate } from './iso-date.ts'

/** The life of a round of talks; `announced → confirmed → held → concluded` is the usual path. */
export const TalkStatus = z.enum([
  'announced',
  'confirmed',
  'held',
  'concluded',
  'postponed',
  'cancelled',
])
export type TalkStatus = z.infer<typeof TalkStatus>

/** A status as of a day: statuses move, so claims on different days are history, not dispute. */
export const TalkStatusValue = z.strictObject({ status: TalkStatus, asOf: IsoDate })

/** A topic on the agenda, or explicitly not on it ("detailed ceasefire talks are not"). */
export const AgendaValue = z.strictObject({
  topic: z.string().min(1).max(300),
  included: z.boolean(),
})

export const OutcomeValue = z.strictObject({
  type: z.enum(['agreement', 'exchange-of-documents', 'not-discussed', 'other']),
  text: z.string().min(1).max(1000),
})

export const Delegation = z.strictObject({
  partyId: ActorId,
  /** Absent when the source does not name the head. */
  headId: ActorId.optional(),
})

export const TalkClaim = z
  .discriminatedUnion('fact', [
    claimOf('date', FuzzyDate),
    claimOf('status', TalkStatusValue),
    claimOf('agenda', AgendaValue),
    claimOf('outcome', OutcomeValue),
  ])
  .meta({ id: 'TalkClaim' })
export type TalkClaim = z.infer<typeof TalkClaim>

export const Talk = z
  .strictObject({
    kind: z.literal('talk'),
    id: RecordId,
    ...RecordBase,
    /** Rounds are numbered in the order they were held between the same parties. */
    round: z.number().int().min(1).max(1000),
    /** Absent when no source names where the talks were held: no place is guessed for them. */
    venueId: PlaceId.optional(),
    level: z.enum(['delegation', 'ministerial', 'presidential']),
    partyIds: z.array(ActorId).min(2, 'talks need at least two parties').max(20),
    delegations: z.array(Delegation).max(20),
    previousRoundId: RecordId.optional(),
    claims: z.array(TalkClaim).min(1, 'a record needs at least one claim').max(500),
  })
  .meta({ id: 'Talk' })
export type Talk = z.infer<typeof Talk>
