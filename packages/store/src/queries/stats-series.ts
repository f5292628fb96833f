import {
  addDays,
  bucketEnd,
  bucketStart,
  type StatsBucket,
  type StatsSeries,
  WeaponClass,
} from '@sitrep/domain'
import { UNDATED } from '../record-index.ts'
import type { Tallies } from '../rollups/tallies.ts'

type Band = { low: number; high: number | null }
const addBand = (band: Band, low: number, high: number, open: number): Band => ({
  low: band.low + low,
  high: band.high === null || open > 0 ? null : band.high + high,
})

/** `bucketStart` once per distinct day: a year's rows name a few hundred days many times over. */
const startsOf = (bucket: StatsBucket) => {
  const known = new Map<string, string>()
  return (day: string): string => {
    let start = known.get(day)
    if (start === undefined) {
      start = bucketStart(day, bucket)
      known.set(day, start)
    }
    return start
  }
}

const WEAPON_CLASSES: ReadonlySet<string> = new Set(WeaponClass.options)
/** A set lookup, not a schema parse: it runs once per rollup row, thousands per request. */
const isWeaponClass = (value: string): value is WeaponClass => WEAPON_CLASSES.has(value)

const rate = (launched: number, intercepted: number) =>
  launched > 0 ? intercepted / launched : null

const byStart = <T extends { start: string }>(items: T[], ...keys: ((t: T) => string)[]): T[] =>
  items.sort((a, b) => {
    if (a.start !== b.start) return a.start < b.start ? -1 : 1
    for (const key of keys) if (key(a) !== key(b)) return key(a) < key(b) ? -1 : 1
    return 0
  })

/** Launched and intercepted per day for each attacker and class, for the seven-day averages. */
const dailyAirWar = (airWar: Tallies['airWar']) => {
  const daily = new Map<string, { launched: number; intercepted: number }>()
  for (const a of airWar) {
    const key = `${a.attackerId}|${a.weaponClass}|${a.day}`
    const held = daily.get(key)
    if (held) {
      held.launched += a.launched
      held.intercepted += a.intercepted
    } else daily.set(key, { launched: a.launched, intercepted: a.intercepted })
  }
  const weeks = new Map<string, string[]>()
  return (attackerId: string, weaponClass: string, lastDay: string) => {
    let week = weeks.get(lastDay)
    if (!week) {
      week = Array.from({ length: 7 }, (_, i) => addDays(lastDay, -i))
      weeks.set(lastDay, week)
    }
    let launched = 0
    let intercepted = 0
    for (const d of week) {
      const day = daily.get(`${attackerId}|${weaponClass}|${d}`)
      launched += day?.launched ?? 0
      intercepted += day?.intercepted ?? 0
    }
    return {
      launched: launched / 7,
      intercepted: intercepted / 7,
      interceptionRate: rate(launched, intercepted),
    }
  }
}

const airWarSeries = (airWar: Tallies['airWar'], bucket: StatsBucket, to: string | undefined) => {
  // Accumulators are changed in place: thousands of rows per request, one object per bucket.
  const sums = new Map<
    string,
    {
      start: string
      attackerId: string
      weaponClass: WeaponClass
      launched: number
      intercepted: number
    }
  >()
  const sevenDays = dailyAirWar(airWar)
  const startOf = startsOf(bucket)
  for (const a of airWar) {
    const weaponClass = a.weaponClass
    if (!isWeaponClass(weaponClass)) continue
    const start = startOf(a.day)
    const key = `${start}|${a.attackerId}|${weaponClass}`
    const held = sums.get(key)
    if (held) {
      held.launched += a.launched
      held.intercepted += a.intercepted
    } else
      sums.set(key, {
        start,
        attackerId: a.attackerId,
        weaponClass,
        launched: a.launched,
        intercepted: a.intercepted,
      })
  }
  const items = [...sums.values()].map((item): StatsSeries['airWar'][number] => {
    const end = bucketEnd(item.start, bucket)
    return {
      start: item.start,
      attackerId: item.attackerId,
      weaponClass: item.weaponClass,
      launched: item.launched,
      intercepted: item.intercepted,
      interceptionRate: rate(item.launched, item.intercepted),
      sevenDays: sevenDays(
        item.attackerId,
        item.weaponClass,
        to !== undefined && to < end ? to : end,
      ),
    }
  })
  return byStart(
    items,
    (i) => i.attackerId,
    (i) => i.weaponClass,
  )
}

const aidSeries = (aidDonors: Tallies['aidDonors'], bucket: StatsBucket) => {
  const sums = new Map<string, StatsSeries['aid'][number]>()
  const STAGES = { request: 'requested', pledge: 'pledged', delivery: 'delivered' } as const
  const startOf = startsOf(bucket)
  for (const a of aidDonors) {
    const stage =
      a.stage === 'request' || a.stage === 'pledge' || a.stage === 'delivery'
        ? STAGES[a.stage]
        : undefined
    // An undated pledge counts in the totals but has no place in time (it would be bucket 9999-12).
    if (!stage || a.day === UNDATED) continue
    const start = startOf(a.day)
    const key = `${start}|${a.donorId}`
    let item = sums.get(key)
    if (!item) {
      item = {
        start,
        donorId: a.donorId,
        requested: { records: 0, eurAtLeast: 0 },
        pledged: { records: 0, eurAtLeast: 0 },
        delivered: { records: 0, eurAtLeast: 0 },
      }
      sums.set(key, item)
    }
    item[stage].records += a.records
    item[stage].eurAtLeast += a.eur
  }
  return byStart([...sums.values()], (i) => i.donorId)
}

/** The series of `/v1/stats`: per-day sums added up per bucket. */
export const statsSeries = (
  tallies: Tallies,
  bucket: StatsBucket,
  to: string | undefined,
): StatsSeries => {
  const attacks = new Map<string, StatsSeries['attacks'][number]>()
  const startOf = startsOf(bucket)
  for (const d of tallies.attackDays) {
    // Undated attacks count in the totals (`undatedAttacks`) but have no place in time.
    if (d.day === UNDATED) continue
    const start = startOf(d.day)
    const v = attacks.get(start)
    const next = {
      start,
      attacks: (v?.attacks ?? 0) + d.attacks,
      killed: addBand(v?.killed ?? { low: 0, high: 0 }, d.killedLow, d.killedHigh, d.killedOpen),
      injured: addBand(
        v?.injured ?? { low: 0, high: 0 },
        d.injuredLow,
        d.injuredHigh,
        d.injuredOpen,
      ),
    }
    attacks.set(start, next)
  }
  return {
    bucket,
    attacks: byStart([...attacks.values()]),
    airWar: airWarSeries(tallies.airWar, bucket, to),
    aid: aidSeries(tallies.aidDonors, bucket),
  }
}
