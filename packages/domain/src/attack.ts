import { z } from 'zod'
import { claimOf, RecordBase } from './claim.ts'
import { FuzzyDate } from './fuzzy-date.ts'
import { ActorId, PlaceId, RecordId } from './ids.ts'
import { Location } from './location.ts'
import { Measure } from './measure.ts'

export const WeaponType = z.enum([
  'drone',
  'missile',
  'glide-bomb',
  'artillery',
  'aircraft',
  'other',
])

export const Weapon = z.strictObject({
  type: WeaponType,
  /** A model or family as the source names it: "Shahed-type", "Kh-101". */
  model: z.string().min(1).max(120).optional(),
})

/** What an attack did beyond casualties: closed airports, outages, a mayor's assessment. */
export const EffectValue = z.strictObject({
  type: z.enum(['airport-closure', 'power-outage', 'damage', 'assessment', 'other']),
  placeIds: z.array(PlaceId).max(50),
  description: z.string().min(1).max(1000),
  /** As stated: "for hours". Hours when the source gives a number. */
  duration: z
    .strictObject({
      raw: z.string().min(1).max(120),
      hours: Measure.optional(),
    })
    .optional(),
})

export const AttackClaim = z
  .discriminatedUnion('fact', [
    claimOf('date', FuzzyDate),
    claimOf('killed', Measure),
    claimOf('injured', Measure),
    claimOf('launched', Measure),
    claimOf('intercepted', Measure),
    /** Weapons that reached their targets ("two missiles hit the station"): neither a launch nor a miss. */
    claimOf('hit', Measure),
    claimOf('effect', EffectValue),
  ])
  .meta({ id: 'AttackClaim' })
export type AttackClaim = z.infer<typeof AttackClaim>

export const Attack = z
  .strictObject({
    kind: z.literal('attack'),
    id: RecordId,
    ...RecordBase,
    attackerId: ActorId,
    /** The state attacked. */
    targetId: ActorId,
    placeIds: z.array(PlaceId).max(200),
    /** Where it happened when a source gives a point finer than the places named (CIR, ACLED). */
    location: Location.optional(),
    weapons: z.array(Weapon).max(50),
    claims: z.array(AttackClaim).min(1, 'a record needs at least one claim').max(500),
  })
  .meta({ id: 'Attack' })
export type Attack = z.infer<typeof Attack>
