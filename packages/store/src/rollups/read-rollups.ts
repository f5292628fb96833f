import type { StatsBucket } from '@sitrep/domain'
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely'
import type { Database } from '../database.ts'
import { UNDATED } from '../record-index.ts'
import type { RollupTable } from './contribution.ts'
import { num, type Tallies } from './tallies.ts'

/** The days a date filter reads, inclusive; open where the filter is. */
export interface DayRange {
  from?: string
  to?: string
}

/**
 * Rows of the days in range. A `from` filter keeps only records whose dates end on or after it,
 * which undated records never do: their far-future day is then left out, as it is by `to`.
 */
const inDays = <TB extends RollupTable>(
  { from, to }: DayRange,
  eb: ExpressionBuilder<Database, TB>,
): Expression<SqlBool> => {
  const day = sql.ref<string>('day')
  const conditions: Expression<SqlBool>[] = []
  if (from !== undefined) conditions.push(eb(day, '>=', from))
  if (to !== undefined) conditions.push(eb(day, '<=', to))
  else if (from !== undefined) conditions.push(eb(day, '<', UNDATED))
  return eb.and(conditions)
}

/**
 * The sums of `/v1/stats` for records starting within the range, read from the rollups: per day
 * where a figure needs the day, aid per donor already summed per bucket (`bucket` chooses it
 * from the daily figures read first, when the caller named none).
 */
export const talliesOfRollups = async (
  db: Kysely<Database>,
  range: DayRange,
  bucketFor: (daily: Pick<Tallies, 'attackDays' | 'airWar'>) => StatsBucket,
): Promise<{ tallies: Tallies; bucket: StatsBucket }> => {
  const attackDays = await db
    .selectFrom('stats_attack_days')
    .selectAll()
    .where((eb) => inDays(range, eb))
    .where('stats_attack_days.day', '<>', UNDATED)
    .where('stats_attack_days.attacks', '<>', 0)
    .execute()
  const regions = await db
    .selectFrom('stats_attack_regions')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      'stats_attack_regions.place_id',
      eb.fn.sum<string | number>('stats_attack_regions.attacks').as('attacks'),
      eb.fn.sum<string | number>('stats_attack_regions.killed_low').as('killed'),
      eb.fn.sum<string | number>('stats_attack_regions.injured_low').as('injured'),
    ])
    .groupBy('stats_attack_regions.place_id')
    .execute()
  const airWar = await db
    .selectFrom('stats_air_war')
    .selectAll()
    .where((eb) => inDays(range, eb))
    .where((eb) =>
      eb.or([eb('stats_air_war.launched', '<>', 0), eb('stats_air_war.intercepted', '<>', 0)]),
    )
    .execute()
  const aid = await db
    .selectFrom('stats_aid')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      'stats_aid.category',
      'stats_aid.stage',
      eb.fn.sum<string | number>('stats_aid.records').as('records'),
      eb.fn.sum<string | number>('stats_aid.eur').as('eur'),
    ])
    .groupBy(['stats_aid.category', 'stats_aid.stage'])
    .having((eb) => eb.fn.sum('stats_aid.records'), '<>', 0)
    .execute()
  const daily = {
    attackDays: attackDays.map((r) => ({
      day: r.day,
      attacks: num(r.attacks),
      killedLow: num(r.killed_low),
      killedHigh: num(r.killed_high),
      killedOpen: num(r.killed_open),
      injuredLow: num(r.injured_low),
      injuredHigh: num(r.injured_high),
      injuredOpen: num(r.injured_open),
    })),
    airWar: airWar.map((r) => ({
      day: r.day,
      attackerId: r.attacker_id,
      weaponClass: r.weapon_class,
      launched: num(r.launched),
      intercepted: num(r.intercepted),
    })),
  }
  const bucket = bucketFor(daily)
  const start = bucket === 'day' ? 'stats_aid_donors.day' : (`stats_aid_donors.${bucket}` as const)
  // A day fixes its week and month: grouping by all three for days follows the primary key, so
  // the sums stream in key order; a week or month has its own index in group order (0027).
  const groups =
    bucket === 'day'
      ? (['stats_aid_donors.day', 'stats_aid_donors.week', 'stats_aid_donors.month'] as const)
      : ([start] as const)
  const aidDonors = await db
    .selectFrom('stats_aid_donors')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      `${start} as start`,
      'stats_aid_donors.donor_id',
      'stats_aid_donors.stage',
      eb.fn.sum<string | number>('stats_aid_donors.records').as('records'),
      eb.fn.sum<string | number>('stats_aid_donors.eur').as('eur'),
    ])
    .groupBy([...groups, 'stats_aid_donors.donor_id', 'stats_aid_donors.stage'])
    .having((eb) => eb.fn.sum('stats_aid_donors.records'), '<>', 0)
    .execute()
  const talks = await db
    .selectFrom('stats_talks')
    .where((eb) => inDays(range, eb))
    .select((eb) => ['stats_talks.status', eb.fn.sum<string | number>('stats_talks.talks').as('n')])
    .groupBy('stats_talks.status')
    .execute()
  const speakers = await db
    .selectFrom('stats_statement_speakers')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      'stats_statement_speakers.speaker_id',
      eb.fn.sum<string | number>('stats_statement_speakers.statements').as('n'),
    ])
    .groupBy('stats_statement_speakers.speaker_id')
    .execute()
  const channels = await db
    .selectFrom('stats_statement_channels')
    .where((eb) => inDays(range, eb))
    .select((eb) => [
      'stats_statement_channels.channel',
      eb.fn.sum<string | number>('stats_statement_channels.statements').as('n'),
    ])
    .groupBy('stats_statement_channels.channel')
    .execute()
  return {
    bucket,
    tallies: {
      ...daily,
      regions: regions.map((r) => ({
        placeId: r.place_id,
        attacks: num(r.attacks),
        killed: num(r.killed),
        injured: num(r.injured),
      })),
      aid: aid.map((r) => ({ ...r, records: num(r.records), eur: num(r.eur) })),
      aidDonors: aidDonors.map((r) => ({
        day: r.start,
        donorId: r.donor_id,
        stage: r.stage,
        records: num(r.records),
        eur: num(r.eur),
      })),
      talks: talks.map((r) => ({ status: r.status, talks: num(r.n) })),
      speakers: speakers.map((r) => ({ speakerId: r.speaker_id || null, statements: num(r.n) })),
      channels: channels.map((r) => ({ channel: r.channel || null, statements: num(r.n) })),
    },
  }
}
