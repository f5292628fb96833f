import type { RecordFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { num, type Tallies } from '../rollups/tallies.ts'
import { regionIds } from '../rollups/write-rollups.ts'
import { dateWindow } from './date-window.ts'
import { recordFilterWhere } from './record-filter.ts'
import { floorInside } from './toll-inside.ts'

const ofKind = async (
  db: Kysely<Database>,
  filter: RecordFilter,
  kind: 'attack' | 'aid' | 'talk' | 'statement',
) => {
  const only: RecordFilter = { ...filter, kind: [kind] }
  return recordFilterWhere(only, await dateWindow(db, only))
}

const attackDays = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('records')
    .where(await ofKind(db, filter, 'attack'))
    .select((eb) => {
      // Attacks with a toll but no ceiling leave the day's ceiling open.
      const open = (fact: 'killed' | 'injured') =>
        eb.fn.count<string | number>(
          eb
            .case()
            .when(
              eb.and([
                eb(
                  fact === 'killed' ? 'records.killed_low' : 'records.injured_low',
                  'is not',
                  null,
                ),
                eb(fact === 'killed' ? 'records.killed_high' : 'records.injured_high', 'is', null),
              ]),
            )
            .then(1)
            .end(),
        )
      return [
        'records.sort_date as day',
        eb.fn.countAll<string | number>().as('attacks'),
        eb.fn
          .sum<string | number | null>(floorInside(eb, 'killed', filter.placeId))
          .as('killed_low'),
        eb.fn.sum<string | number | null>('records.killed_high').as('killed_high'),
        open('killed').as('killed_open'),
        eb.fn
          .sum<string | number | null>(floorInside(eb, 'injured', filter.placeId))
          .as('injured_low'),
        eb.fn.sum<string | number | null>('records.injured_high').as('injured_high'),
        open('injured').as('injured_open'),
      ]
    })
    .groupBy('records.sort_date')
    .execute()
  return rows.map((r) => ({
    day: r.day,
    attacks: num(r.attacks),
    killedLow: num(r.killed_low),
    killedHigh: num(r.killed_high),
    killedOpen: num(r.killed_open),
    injuredLow: num(r.injured_low),
    injuredHigh: num(r.injured_high),
    injuredOpen: num(r.injured_open),
  }))
}

/**
 * Attacks per oblast: record_places holds the regions enclosing every place struck, each with
 * the part of the attack's toll known to lie inside it (a nationwide count over three oblasts
 * belongs to none of them).
 */
const regions = async (db: Kysely<Database>, filter: RecordFilter) => {
  const ids = await regionIds(db)
  if (ids.size === 0) return []
  // A cross join with the pairing in WHERE: SQLite then keeps this order, walking the year's
  // attacks in the covering (kind, date) index and each one's few place rows by record id; left
  // to choose, it may start from each region's every place row instead (2 s at 100k records).
  // Every enclosing place is tallied and the regions kept here: the gazetteer's 110 regions are
  // more parameters than D1 binds in one statement.
  const rows = await db
    .selectFrom('records')
    .crossJoin('record_places')
    .whereRef('record_places.record_id', '=', 'records.id')
    .where(await ofKind(db, filter, 'attack'))
    .select((eb) => [
      'record_places.place_id as placeId',
      eb.fn.countAll<string | number>().as('attacks'),
      eb.fn.sum<string | number | null>('record_places.killed_low').as('killed'),
      eb.fn.sum<string | number | null>('record_places.injured_low').as('injured'),
    ])
    .groupBy('record_places.place_id')
    .execute()
  return rows
    .filter((r) => ids.has(r.placeId))
    .map((r) => ({
      placeId: r.placeId,
      attacks: num(r.attacks),
      killed: num(r.killed),
      injured: num(r.injured),
    }))
}

const airWar = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('records')
    .innerJoin('record_air_war', 'record_air_war.record_id', 'records.id')
    .where(await ofKind(db, filter, 'attack'))
    .select((eb) => [
      'records.sort_date as day',
      'record_air_war.attacker_id as attackerId',
      'record_air_war.weapon_class as weaponClass',
      eb.fn.sum<string | number>('record_air_war.launched').as('launched'),
      eb.fn.sum<string | number>('record_air_war.intercepted').as('intercepted'),
    ])
    .groupBy(['records.sort_date', 'record_air_war.attacker_id', 'record_air_war.weapon_class'])
    .execute()
  return rows.map((r) => ({ ...r, launched: num(r.launched), intercepted: num(r.intercepted) }))
}

/** One grouped query; donors are split here so that a joint pledge counts for each donor. */
const aid = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('records')
    .where(await ofKind(db, filter, 'aid'))
    .select((eb) => [
      'records.sort_date as day',
      'records.donors',
      'records.category',
      'records.stage',
      eb.fn.countAll<string | number>().as('records'),
      eb.fn.sum<string | number | null>('records.eur_floor').as('eur'),
    ])
    .groupBy(['records.sort_date', 'records.donors', 'records.category', 'records.stage'])
    .execute()
  const aid: Tallies['aid'] = []
  const aidDonors: Tallies['aidDonors'] = []
  for (const r of rows) {
    const tally = { day: r.day, stage: r.stage ?? '', records: num(r.records), eur: num(r.eur) }
    aid.push({
      stage: tally.stage,
      records: tally.records,
      eur: tally.eur,
      category: r.category ?? '',
    })
    for (const donorId of r.donors?.split(',') ?? []) aidDonors.push({ ...tally, donorId })
  }
  return { aid, aidDonors }
}

const talks = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('records')
    .where(await ofKind(db, filter, 'talk'))
    .select((eb) => ['records.status', eb.fn.countAll<string | number>().as('talks')])
    .groupBy('records.status')
    .execute()
  return rows.map((r) => ({ status: r.status ?? '', talks: num(r.talks) }))
}

/** One count grouped by (speaker, channel): a statement has one of each, so counts once in each. */
const statements = async (db: Kysely<Database>, filter: RecordFilter) => {
  const rows = await db
    .selectFrom('records')
    .where(await ofKind(db, filter, 'statement'))
    .select((eb) => [
      'records.speaker_id',
      'records.channel',
      eb.fn.countAll<string | number>().as('statements'),
    ])
    .groupBy(['records.speaker_id', 'records.channel'])
    .execute()
  return {
    speakers: rows.map((r) => ({ speakerId: r.speaker_id, statements: num(r.statements) })),
    channels: rows.map((r) => ({ channel: r.channel, statements: num(r.statements) })),
  }
}

/** The sums of `/v1/stats` grouped from the records a filter selects, each kind on its own. */
export const talliesOfRecords = async (
  db: Kysely<Database>,
  filter: RecordFilter,
): Promise<Tallies> => ({
  attackDays: await attackDays(db, filter),
  regions: await regions(db, filter),
  airWar: await airWar(db, filter),
  ...(await aid(db, filter)),
  talks: await talks(db, filter),
  ...(await statements(db, filter)),
})
