import { z } from 'zod'
import { AidCategory, AidStage } from './aid.ts'
import { Channel } from './evidence.ts'
import { ActorId, PlaceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'
import { StatsBucket } from './stats-buckets.ts'
import { TalkStatus } from './talk.ts'
import { WeaponClass } from './weapon-class.ts'

const count = z.number().int().nonnegative()
/** A casualty band over many attacks: `high` is null when any of them has no known ceiling. */
const Band = z.object({ low: count, high: count.nullable() })

const eur = z.number().nonnegative()
const AidTally = z.object({ records: count, eurAtLeast: eur })
/** Intercepted over launched; null when nothing was launched. Above 1 when sources count more down than up. */
const Rate = z.number().nonnegative().nullable()

/**
 * The figures over time, summed per bucket (`start` is the bucket's first day). Each record counts
 * once, on its first day, as in `attacksByDay`.
 */
export const StatsSeries = z.object({
  bucket: StatsBucket,
  attacks: z.array(z.object({ start: IsoDate, attacks: count, killed: Band, injured: Band })),
  /**
   * Launched vs intercepted by attacker and weapon class (drones lost to electronic warfare count
   * as intercepted). `sevenDays` averages, per day, the seven days ending on the bucket's last day
   * (or the range's, when that comes first).
   */
  airWar: z.array(
    z.object({
      start: IsoDate,
      attackerId: ActorId,
      weaponClass: WeaponClass,
      launched: count,
      intercepted: count,
      interceptionRate: Rate,
      sevenDays: z.object({
        launched: z.number().nonnegative(),
        intercepted: z.number().nonnegative(),
        interceptionRate: Rate,
      }),
    }),
  ),
  /** Aid by donor and stage; a joint pledge counts for each of its donors. */
  aid: z.array(
    z.object({
      start: IsoDate,
      donorId: ActorId,
      requested: AidTally,
      pledged: AidTally,
      delivered: AidTally,
    }),
  ),
})
export type StatsSeries = z.infer<typeof StatsSeries>

/** The figures of `/v1/stats`, all derived from the records' claims. */
export const Stats = z.object({
  attacksByDay: z.array(z.object({ day: IsoDate, attacks: count, killed: Band, injured: Band })),
  /**
   * Attacks no source dates: in the lists and the totals, but on no day and in no series. Always
   * zero under a date filter, which leaves undated records out as the lists do.
   */
  undatedAttacks: z.object({ attacks: count, killed: Band, injured: Band }),
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
  series: StatsSeries,
})
export type Stats = z.infer<typeof Stats>
