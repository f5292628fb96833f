import { z } from 'zod'
import { claimOf, RecordBase } from './claim.ts'
import { FuzzyDate } from './fuzzy-date.ts'
import { ActorId, RecordId } from './ids.ts'
import { Measure } from './measure.ts'
import { Money } from './money.ts'

/** Aid moves from request to pledge to delivery; each stage is its own record, linked. */
export const AidStage = z.enum(['request', 'pledge', 'delivery'])
export type AidStage = z.infer<typeof AidStage>

export const AidCategory = z.enum(['military', 'financial', 'humanitarian'])
export type AidCategory = z.infer<typeof AidCategory>

/** A thing asked for or given: "two Patriot systems", "interceptor drones". */
export const AidItemValue = z.strictObject({
  name: z.string().min(1).max(200),
  quantity: Measure.optional(),
  unitCost: Money.optional(),
  note: z.string().min(1).max(1000).optional(),
})

/** A meeting where aid is asked for or pledged, such as the 29th Ramstein-format meeting. */
export const AidForum = z.strictObject({
  name: z.string().min(1).max(200),
  meetingNumber: z.number().int().min(1).max(10_000).optional(),
  chairIds: z.array(ActorId).max(10),
})

export const AidClaim = z
  .discriminatedUnion('fact', [
    claimOf('date', FuzzyDate),
    claimOf('period', FuzzyDate),
    claimOf('money', Money),
    claimOf('item', AidItemValue),
    claimOf('attendance', Measure),
  ])
  .meta({ id: 'AidClaim' })
export type AidClaim = z.infer<typeof AidClaim>

export const Aid = z
  .strictObject({
    kind: z.literal('aid'),
    id: RecordId,
    ...RecordBase,
    stage: AidStage,
    category: AidCategory,
    /** Givers; for a request, whom it is addressed to when the source names them. */
    donorIds: z.array(ActorId).max(100),
    recipientId: ActorId,
    forum: AidForum.optional(),
    /** A pledge answers a request; a delivery fulfils a pledge. */
    respondsToId: RecordId.optional(),
    claims: z.array(AidClaim).min(1, 'a record needs at least one claim').max(500),
  })
  .meta({ id: 'Aid' })
export type Aid = z.infer<typeof Aid>
