import {
  addDays,
  defaultBucket,
  type RecordFilter,
  type Stats,
  type StatsBucket,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { UNDATED } from '../record-index.ts'
import { talliesOfRollups } from '../rollups/read-rollups.ts'
import { mergeTallies, type Tallies } from '../rollups/tallies.ts'
import { statsTotals } from './stats-figures.ts'
import { statsSeries } from './stats-series.ts'
import { talliesOfRecords } from './stats-tallies.ts'

export interface StatsOptions {
  /** How the series are summed over time; by default chosen from the range (defaultBucket). */
  bucket?: StatsBucket
}

/**
 * Filters the rollups answer: dates only. A kind filter changes nothing (each figure is of its
 * own kind) and the figures never searched the text; a place, actor, source, status, stage,
 * category, attacker, weapon, dataset or dispute picks records the daily sums cannot tell apart.
 */
const datesOnly = (filter: RecordFilter): boolean =>
  filter.placeId === undefined &&
  filter.actorId === undefined &&
  filter.sourceId === undefined &&
  filter.status === undefined &&
  filter.stage === undefined &&
  filter.category === undefined &&
  filter.attackerId === undefined &&
  filter.weapon === undefined &&
  filter.dataset === undefined &&
  filter.disputed === undefined

/** The bucket asked for, or the one the range reads best in (the data's, where the filter is open). */
const chooseBucket =
  (filter: RecordFilter, asked: StatsBucket | undefined) =>
  (daily: Pick<Tallies, 'attackDays' | 'airWar'>): StatsBucket => {
    if (asked) return asked
    const days = [...daily.attackDays, ...daily.airWar]
      .map((d) => d.day)
      .filter((d) => d !== UNDATED)
      .sort()
    const from = filter.from ?? days[0]
    const to = filter.to ?? days[days.length - 1]
    return from !== undefined && to !== undefined && from <= to ? defaultBucket(from, to) : 'day'
  }

/**
 * The rollups file each record under its first day; a filter from a day also matches records that
 * began before it and run into it (a record's dates overlap the range). Those few, no longer
 * than the longest record of their kind, are grouped from the records and added.
 */
const talliesOfDates = async (
  db: Kysely<Database>,
  filter: RecordFilter,
  bucketFor: ReturnType<typeof chooseBucket>,
): Promise<{ tallies: Tallies; bucket: StatsBucket }> => {
  const rolled = await talliesOfRollups(db, { from: filter.from, to: filter.to }, bucketFor)
  if (filter.from === undefined) return rolled
  const runningInto = await talliesOfRecords(db, {
    from: filter.from,
    to: addDays(filter.from, -1),
  })
  return { tallies: mergeTallies(rolled.tallies, runningInto), bucket: rolled.bucket }
}

/** Every figure of `/v1/stats` for the records a filter selects. */
export const stats = async (
  db: Kysely<Database>,
  filter: RecordFilter,
  options: StatsOptions = {},
): Promise<Stats> => {
  const bucketFor = chooseBucket(filter, options.bucket)
  const { tallies, bucket } = datesOnly(filter)
    ? await talliesOfDates(db, filter, bucketFor)
    : await talliesOfRecords(db, filter).then((t) => ({ tallies: t, bucket: bucketFor(t) }))
  return { ...statsTotals(tallies), series: statsSeries(tallies, bucket, filter.to) }
}
