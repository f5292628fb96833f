import { z } from 'zod'
import { AidCategory, AidStage } from './aid.ts'
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
})
export type Stats = z.infer<typeof Stats>
