import { z } from 'zod'
import { ActorId, PlaceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'

export const ActorKind = z.enum([
  'person',
  'state',
  'institution',
  'armed-force',
  'news-agency',
  'international-organisation',
])
export type ActorKind = z.infer<typeof ActorKind>

/**
 * A role held over a span of time. Roles change (Shmyhal was prime minister until July 2025,
 * then defence minister), so a statement shows the role its speaker held on the day.
 */
export const ActorRole = z
  .strictObject({
    title: z.string().min(1).max(160),
    /** The body the role is in: a ministry, a government, an armed force. */
    organisationId: ActorId.optional(),
    from: IsoDate,
    /** Absent while the role is held. */
    to: IsoDate.optional(),
  })
  .refine((r) => r.to === undefined || r.from <= r.to, {
    message: 'end must not be before start',
    path: ['to'],
  })
export type ActorRole = z.infer<typeof ActorRole>

export const Actor = z
  .strictObject({
    id: ActorId,
    kind: ActorKind,
    name: z.string().min(1).max(200),
    /** Other spellings and names a source may use: "Umyerov", "Kremlin". */
    aliases: z.array(z.string().min(1).max(200)).max(50),
    /** The state the actor belongs to or speaks for; a state is its own country. */
    countryId: PlaceId.optional(),
    /** The state the actor is part of, so that a claim can be recognised as a belligerent's. */
    stateId: ActorId.optional(),
    roles: z.array(ActorRole).max(100),
  })
  .meta({ id: 'Actor' })
export type Actor = z.infer<typeof Actor>

/** The role an actor held on a day, the most recently started one when several overlap. */
export const roleOn = (actor: Actor, day: IsoDate): ActorRole | undefined =>
  actor.roles
    .filter((r) => r.from <= day && (r.to === undefined || day <= r.to))
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0]
