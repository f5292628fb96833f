import { AidCategory, AidStage, Channel, type Stats, TalkStatus } from '@sitrep/domain'
import { UNDATED } from '../record-index.ts'
import type { Tallies } from '../rollups/tallies.ts'

type Totals = { records: number; eurAtLeast: number }

const add = <K>(totals: Map<K, Totals>, key: K, records: number, eur: number) => {
  const t = totals.get(key) ?? { records: 0, eurAtLeast: 0 }
  totals.set(key, { records: t.records + records, eurAtLeast: t.eurAtLeast + eur })
}

const count = <K>(counts: Map<K, number>, key: K, n: number) =>
  counts.set(key, (counts.get(key) ?? 0) + n)

/** Most first; ties in the order of the key, so the answer does not depend on the engine. */
const byCountThenKey = <K extends string>(counts: Map<K, number>): [K, number][] =>
  [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))

/** Most euros first, then most records, then by key: the same order on every engine. */
const byEurThenRecords = <K extends string>(m: Map<K, Totals>) =>
  [...m].sort(
    ([x, a], [y, b]) =>
      b.eurAtLeast - a.eurAtLeast || b.records - a.records || (x < y ? -1 : x > y ? 1 : 0),
  )

type AttackDay = Tallies['attackDays'][number]

/** Each day's parts added up, days in order; the undated records' far-future day among them. */
const attackDaySums = (days: Tallies['attackDays']): AttackDay[] => {
  const byDay = new Map<string, AttackDay>()
  for (const d of days) {
    const held = byDay.get(d.day)
    byDay.set(
      d.day,
      held
        ? {
            day: d.day,
            attacks: held.attacks + d.attacks,
            killedLow: held.killedLow + d.killedLow,
            killedHigh: held.killedHigh + d.killedHigh,
            killedOpen: held.killedOpen + d.killedOpen,
            injuredLow: held.injuredLow + d.injuredLow,
            injuredHigh: held.injuredHigh + d.injuredHigh,
            injuredOpen: held.injuredOpen + d.injuredOpen,
          }
        : d,
    )
  }
  return [...byDay.values()].filter((d) => d.attacks > 0).sort((a, b) => (a.day < b.day ? -1 : 1))
}

const attackFigures = (d: AttackDay) => ({
  attacks: d.attacks,
  // Attacks with a toll but no ceiling leave the day's ceiling open.
  killed: { low: d.killedLow, high: d.killedOpen > 0 ? null : d.killedHigh },
  injured: { low: d.injuredLow, high: d.injuredOpen > 0 ? null : d.injuredHigh },
})

/**
 * Undated attacks apart from the days: counted like the lists count them, so that the days and
 * the undated add up to the list's total.
 */
const attacksOverTime = (
  days: Tallies['attackDays'],
): Pick<Stats, 'attacksByDay' | 'undatedAttacks'> => {
  const sums = attackDaySums(days)
  const undated = sums.find((d) => d.day === UNDATED)
  return {
    attacksByDay: sums
      .filter((d) => d.day !== UNDATED)
      .map((d) => ({ day: d.day, ...attackFigures(d) })),
    undatedAttacks: undated
      ? attackFigures(undated)
      : { attacks: 0, killed: { low: 0, high: 0 }, injured: { low: 0, high: 0 } },
  }
}

const attacksByRegion = (regions: Tallies['regions']): Stats['attacksByRegion'] => {
  const byPlace = new Map<string, Stats['attacksByRegion'][number]>()
  for (const r of regions) {
    const held = byPlace.get(r.placeId)
    byPlace.set(r.placeId, {
      placeId: r.placeId,
      attacks: (held?.attacks ?? 0) + r.attacks,
      killedAtLeast: (held?.killedAtLeast ?? 0) + r.killed,
      injuredAtLeast: (held?.injuredAtLeast ?? 0) + r.injured,
    })
  }
  return [...byPlace.values()]
    .filter((r) => r.attacks > 0)
    .sort((a, b) => b.attacks - a.attacks || (a.placeId < b.placeId ? -1 : 1))
}

/** A joint pledge counts for each donor, once under its category and stage. */
const aidTotals = (t: Tallies): Stats['aid'] => {
  const byDonor = new Map<string, Totals>()
  const byCategory = new Map<AidCategory, Totals>()
  const byStage = new Map<AidStage, Totals>()
  for (const a of t.aidDonors) add(byDonor, a.donorId, a.records, a.eur)
  for (const a of t.aid) {
    const category = AidCategory.safeParse(a.category)
    if (category.success) add(byCategory, category.data, a.records, a.eur)
    const stage = AidStage.safeParse(a.stage)
    if (stage.success) add(byStage, stage.data, a.records, a.eur)
  }
  const nonEmpty = <K extends string>(m: Map<K, Totals>) =>
    byEurThenRecords(m).filter(([, v]) => v.records > 0)
  return {
    byDonor: nonEmpty(byDonor).map(([donorId, v]) => ({ donorId, ...v })),
    byCategory: nonEmpty(byCategory).map(([category, v]) => ({ category, ...v })),
    byStage: nonEmpty(byStage).map(([stage, v]) => ({ stage, ...v })),
  }
}

const talksByStatus = (talks: Tallies['talks']): Stats['talksByStatus'] => {
  const counts = new Map<TalkStatus, number>()
  for (const t of talks) {
    const status = TalkStatus.safeParse(t.status)
    if (status.success) count(counts, status.data, t.talks)
  }
  return [...counts].filter(([, n]) => n > 0).map(([status, n]) => ({ status, count: n }))
}

/** Each statement once under its speaker (or the unnamed) and once under its channel. */
const statementCounts = (t: Tallies): Stats['statements'] => {
  const bySpeaker = new Map<string, number>()
  const byChannel = new Map<Channel, number>()
  let unnamedSpeakers = 0
  for (const s of t.speakers)
    if (s.speakerId === null) unnamedSpeakers += s.statements
    else count(bySpeaker, s.speakerId, s.statements)
  for (const c of t.channels) {
    const channel = Channel.safeParse(c.channel)
    if (channel.success) count(byChannel, channel.data, c.statements)
  }
  const nonZero = <K extends string>(m: Map<K, number>) =>
    byCountThenKey(m).filter(([, n]) => n > 0)
  return {
    bySpeaker: nonZero(bySpeaker).map(([speakerId, n]) => ({ speakerId, statements: n })),
    unnamedSpeakers,
    byChannel: nonZero(byChannel).map(([channel, n]) => ({ channel, statements: n })),
  }
}

/** The totals of `/v1/stats` from partial sums: each key's parts added up, then ordered. */
export const statsTotals = (t: Tallies): Omit<Stats, 'series'> => ({
  ...attacksOverTime(t.attackDays),
  attacksByRegion: attacksByRegion(t.regions),
  aid: aidTotals(t),
  talksByStatus: talksByStatus(t.talks),
  statements: statementCounts(t),
})
