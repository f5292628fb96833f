import { z } from 'zod'
import { AidCategory, AidStage } from './aid.ts'
import { Channel } from './evidence.ts'
import { ActorId, PlaceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'
import { TalkStatus } from './talk.ts'

const count = z.number().int().nonnegative()
/** A casualty band over many attacks: `high` is null when any of them has no known ceiling. */
const Band = z.object({ low: count, high: count.nullable() })

/** The figures of `/v1/stats`, all derived from the records' claims. */
export const Stats = z.object({
  attacksByDay: z.array(z.object({ day: IsoDate, attacks: count, killed: Band, injured: Band })),
  attacksByRegion: z.array(
    z.object({ placeId: PlaceId, attacks: count, killedAtLeast: count, injuredAtLeast: count }),
  ),
  aid: z.object({
    /** A joint pledge counts for each of its donors. */
    byDonor: z.array(
      z.object({ donorId: ActorId, records: count, eurAtLeast: z.number().nonnegative() }),
    ),
    byCategory: z.array(
      z.object({ category: AidCategory, records: count, eurAtLeast: z.number().nonnegative() }),
    ),
    byStage: z.array(
      z.object({ stage: AidStage, records: count, eurAtLeast: z.number().nonnegative() }),
    ),
  }),
  talksByStatus: z.array(z.object({ status: TalkStatus, count })),
  /** Who speaks and how: each statement counts once, under its speaker and under its channel. */
  statements: z.object({
    bySpeaker: z.array(z.object({ speakerId: ActorId, statements: count })),
    /**
     * Statements whose source does not name the speaker ("an unnamed source", "Ukrainian
     * officials"): counted apart, not under the body they belong to, which is not who spoke.
     */
    unnamedSpeakers: count,
    byChannel: z.array(z.object({ channel: Channel, statements: count })),
  }),
})
export type Stats = z.infer<typeof Stats>
