import type { StatsBucket } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { type DayRange, inDays } from './day-range.ts'
import { aidDonorsOf } from './read-aid-donors.ts'
import { num, type Tallies } from './tallies.ts'

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
  const aidDonors = await aidDonorsOf(db, range, bucket)
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
