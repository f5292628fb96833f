import {
  AidCategory,
  AidStage,
  Channel,
  type RecordFilter,
  type Stats,
  TalkStatus,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { dateWindow } from './date-window.ts'
import { listPlaces } from './dictionaries.ts'
import { recordFilterWhere } from './record-filter.ts'
import { floorInside } from './toll-inside.ts'

// PostgreSQL returns bigint sums and counts as strings.
const num = (v: string | number | null | undefined) => Number(v ?? 0)

const attacksByDay = async (db: Kysely<Database>, filter: RecordFilter) => {
  const attacks: RecordFilter = { ...filter, kind: ['attack'] }
  const rows = await db
    .selectFrom('records')
    .where(recordFilterWhere(attacks, await dateWindow(db, attacks)))
    .where('records.date_start', 'is not', null)
    .select((eb) => [
      'records.sort_date as day',
      eb.fn.countAll<string | number>().as('attacks'),
      eb.fn.sum<string | number | null>(floorInside(eb, 'killed', filter.placeId)).as('killed_low'),
      eb.fn.sum<string | number | null>('records.killed_high').as('killed_high'),
      eb.fn
        .sum<string | number | null>(floorInside(eb, 'injured', filter.placeId))
        .as('injured_low'),
      eb.fn.sum<string | number | null>('records.injured_high').as('injured_high'),
      // Attacks with a toll but no ceiling leave the day's ceiling open.
      eb.fn
        .count<string | number>(
          eb
            .case()
            .when(
              eb.and([
                eb('records.killed_low', 'is not', null),
                eb('records.killed_high', 'is', null),
              ]),
            )
            .then(1)
            .end(),
        )
        .as('killed_open'),
      eb.fn
        .count<string | number>(
          eb
            .case()
            .when(
              eb.and([
                eb('records.injured_low', 'is not', null),
                eb('records.injured_high', 'is', null),
              ]),
            )
            .then(1)
            .end(),
        )
        .as('injured_open'),
    ])
    .groupBy('records.sort_date')
    .orderBy('records.sort_date')
    .execute()
  return rows.map((r) => ({
    day: r.day,
    attacks: num(r.attacks),
    killed: { low: num(r.killed_low), high: num(r.killed_open) > 0 ? null : num(r.killed_high) },
    injured: {
      low: num(r.injured_low),
      high: num(r.injured_open) > 0 ? null : num(r.injured_high),
    },
  }))
}

/**
 * Attacks per oblast: record_places holds the regions enclosing every place struck, each with
 * the part of the attack's toll known to lie inside it (a nationwide count over three oblasts
 * belongs to none of them).
 */
const attacksByRegion = async (db: Kysely<Database>, filter: RecordFilter) => {
  const attacks: RecordFilter = { ...filter, kind: ['attack'] }
  const regions = (await listPlaces(db)).filter((p) => p.kind === 'region').map((p) => p.id)
  if (regions.length === 0) return []
  // A cross join with the pairing in WHERE: SQLite then keeps this order, walking the year's
  // attacks in the covering (kind, date) index and each one's few place rows by record id; left
  // to choose, it may start from each region's every place row instead (2 s at 100k records).
  const rows = await db
    .selectFrom('records')
    .crossJoin('record_places')
    .whereRef('record_places.record_id', '=', 'records.id')
    .where(recordFilterWhere(attacks, await dateWindow(db, attacks)))
    .where('record_places.place_id', 'in', regions)
    .select((eb) => [
      'record_places.place_id as placeId',
      eb.fn.countAll<string | number>().as('attacks'),
      eb.fn.sum<string | number | null>('record_places.killed_low').as('killed'),
      eb.fn.sum<string | number | null>('record_places.injured_low').as('injured'),
    ])
    .groupBy('record_places.place_id')
    .orderBy('attacks', 'desc')
    .execute()
  return rows.map((r) => ({
    placeId: r.placeId,
    attacks: num(r.attacks),
    killedAtLeast: num(r.killed),
    injuredAtLeast: num(r.injured),
  }))
}

const add = <K extends string>(
  totals: Map<K, { records: number; eurAtLeast: number }>,
  key: K,
  records: number,
  eur: number,
) => {
  const t = totals.get(key) ?? { records: 0, eurAtLeast: 0 }
  totals.set(key, { records: t.records + records, eurAtLeast: t.eurAtLeast + eur })
}

/** One grouped query; donors are split here so that a joint pledge counts for each donor. */
const aidTotals = async (db: Kysely<Database>, filter: RecordFilter) => {
  const aid: RecordFilter = { ...filter, kind: ['aid'] }
  const rows = await db
    .selectFrom('records')
    .where(recordFilterWhere(aid, await dateWindow(db, aid)))
    .select((eb) => [
      'records.donors',
      'records.category',
      'records.stage',
      eb.fn.countAll<string | number>().as('records'),
      eb.fn.sum<string | number | null>('records.eur_floor').as('eur'),
    ])
    .groupBy(['records.donors', 'records.category', 'records.stage'])
    .execute()
  const byDonor = new Map<string, { records: number; eurAtLeast: number }>()
  const byCategory = new Map<AidCategory, { records: number; eurAtLeast: number }>()
  const byStage = new Map<AidStage, { records: number; eurAtLeast: number }>()
  for (const r of rows) {
    const [records, eur] = [num(r.records), num(r.eur)]
    for (const donor of r.donors?.split(',') ?? []) add(byDonor, donor, records, eur)
    const category = AidCategory.safeParse(r.category)
    if (category.success) add(byCategory, category.data, records, eur)
    const stage = AidStage.safeParse(r.stage)
    if (stage.success) add(byStage, stage.data, records, eur)
  }
  const sorted = <K>(m: Map<K, { records: number; eurAtLeast: number }>) =>
    [...m].sort(([, a], [, b]) => b.eurAtLeast - a.eurAtLeast || b.records - a.records)
  return {
    byDonor: sorted(byDonor).map(([donorId, t]) => ({ donorId, ...t })),
    byCategory: sorted(byCategory).map(([category, t]) => ({ category, ...t })),
    byStage: sorted(byStage).map(([stage, t]) => ({ stage, ...t })),
  }
}

const talksByStatus = async (db: Kysely<Database>, filter: RecordFilter) => {
  const talks: RecordFilter = { ...filter, kind: ['talk'] }
  const rows = await db
    .selectFrom('records')
    .where(recordFilterWhere(talks, await dateWindow(db, talks)))
    .select((eb) => ['records.status', eb.fn.countAll<string | number>().as('count')])
    .groupBy('records.status')
    .execute()
  return rows.flatMap((r) => {
    const status = TalkStatus.safeParse(r.status)
    return status.success ? [{ status: status.data, count: num(r.count) }] : []
  })
}

/** Most statements first; ties in the order of the key, so the answer does not depend on the engine. */
const byCountThenKey = <K extends string>(counts: Map<K, number>): [K, number][] =>
  [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))

/**
 * One count grouped by (speaker, channel), split here into both figures: a statement has exactly
 * one speaker and one channel, so each counts once in each. A null speaker is an unnamed one.
 */
const statementCounts = async (
  db: Kysely<Database>,
  filter: RecordFilter,
): Promise<Stats['statements']> => {
  const statements: RecordFilter = { ...filter, kind: ['statement'] }
  const rows = await db
    .selectFrom('records')
    .where(recordFilterWhere(statements, await dateWindow(db, statements)))
    .select((eb) => [
      'records.speaker_id',
      'records.channel',
      eb.fn.countAll<string | number>().as('statements'),
    ])
    .groupBy(['records.speaker_id', 'records.channel'])
    .execute()
  const bySpeaker = new Map<string, number>()
  const byChannel = new Map<Channel, number>()
  let unnamedSpeakers = 0
  for (const r of rows) {
    const n = num(r.statements)
    if (r.speaker_id === null) unnamedSpeakers += n
    else bySpeaker.set(r.speaker_id, (bySpeaker.get(r.speaker_id) ?? 0) + n)
    const channel = Channel.safeParse(r.channel)
    if (channel.success) byChannel.set(channel.data, (byChannel.get(channel.data) ?? 0) + n)
  }
  return {
    bySpeaker: byCountThenKey(bySpeaker).map(([speakerId, n]) => ({ speakerId, statements: n })),
    unnamedSpeakers,
    byChannel: byCountThenKey(byChannel).map(([channel, n]) => ({ channel, statements: n })),
  }
}

/** Every figure of `/v1/stats` for the records a filter selects. */
export const stats = async (db: Kysely<Database>, filter: RecordFilter): Promise<Stats> => ({
  attacksByDay: await attacksByDay(db, filter),
  attacksByRegion: await attacksByRegion(db, filter),
  aid: await aidTotals(db, filter),
  talksByStatus: await talksByStatus(db, filter),
  statements: await statementCounts(db, filter),
})
