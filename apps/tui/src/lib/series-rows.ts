import { addDays, bucketEnd, type StatsSeries, type WeaponClass } from '@sitrep/domain'
import type { Names } from './names.ts'

/** One line of the overview: a label, a value per bucket, and what the line sums to. */
export interface SeriesRow {
  readonly label: string
  readonly values: readonly number[]
  readonly summary: string
}

const CLASS_WORDS: Partial<Record<WeaponClass, string>> = {
  drone: 'drones',
  'cruise-missile': 'cruise missiles',
  'ballistic-missile': 'ballistic',
  'glide-bomb': 'glide bombs',
}

const count = new Intl.NumberFormat('en-GB')
const eur = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 })
const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–'

/** Every bucket from the series' first to its last, quiet ones included: a gap reads as a gap. */
export const seriesStarts = (series: StatsSeries): string[] => {
  const named = [
    ...series.attacks.map((a) => a.start),
    ...series.airWar.map((a) => a.start),
    ...series.aid.map((a) => a.start),
  ].sort()
  const [first] = named
  const last = named.at(-1)
  const starts: string[] = []
  if (first === undefined || last === undefined) return starts
  for (let start = first; start <= last; start = addDays(bucketEnd(start, series.bucket), 1))
    starts.push(start)
  return starts
}

const along = <T extends { start: string }>(
  starts: readonly string[],
  rows: readonly T[],
  value: (row: T) => number,
) => {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(row.start, (sums.get(row.start) ?? 0) + value(row))
  return starts.map((s) => sums.get(s) ?? 0)
}

const total = (values: readonly number[]) => values.reduce((n, v) => n + v, 0)

/**
 * The series the web's overview charts draw, as lines for a terminal: attacks and casualty
 * floors, launched and intercepted per attacker and weapon class, aid pledged and delivered.
 */
export const seriesRows = (series: StatsSeries, names: Names): SeriesRow[] => {
  const starts = seriesStarts(series)
  const attacks = along(starts, series.attacks, (a) => a.attacks)
  const killed = along(starts, series.attacks, (a) => a.killed.low)
  const injured = along(starts, series.attacks, (a) => a.injured.low)
  const rows: SeriesRow[] = [
    { label: 'attacks', values: attacks, summary: count.format(total(attacks)) },
    { label: 'killed ≥', values: killed, summary: count.format(total(killed)) },
    { label: 'injured ≥', values: injured, summary: count.format(total(injured)) },
  ]
  const panels = new Map<string, StatsSeries['airWar']>()
  for (const row of series.airWar) {
    if (!CLASS_WORDS[row.weaponClass]) continue
    const key = `${row.attackerId}|${row.weaponClass}`
    panels.set(key, [...(panels.get(key) ?? []), row])
  }
  const CLASSES = Object.keys(CLASS_WORDS)
  const order = (key: string) => {
    const [attackerId = '', weaponClass = ''] = key.split('|')
    return `${attackerId === 'russia' ? 0 : 1}${attackerId}${CLASSES.indexOf(weaponClass)}`
  }
  const ordered = [...panels].sort(([a], [b]) => (order(a) < order(b) ? -1 : 1))
  for (const [key, panel] of ordered) {
    const launched = along(starts, panel, (a) => a.launched)
    const intercepted = along(starts, panel, (a) => a.intercepted)
    if (total(launched) === 0) continue
    const [attackerId = '', weaponClass] = key.split('|') as [string, WeaponClass]
    const by = attackerId === 'russia' ? '' : ` (${names.actor(attackerId)})`
    rows.push(
      {
        label: `${CLASS_WORDS[weaponClass]}${by}`,
        values: launched,
        summary: count.format(total(launched)),
      },
      {
        label: ' intercepted',
        values: intercepted,
        summary: `${count.format(total(intercepted))} (${percent(total(intercepted), total(launched))})`,
      },
    )
  }
  const pledged = along(starts, series.aid, (a) => a.pledged.eurAtLeast)
  const delivered = along(starts, series.aid, (a) => a.delivered.eurAtLeast)
  if (total(pledged) + total(delivered) > 0)
    rows.push(
      { label: 'aid pledged', values: pledged, summary: `€${eur.format(total(pledged))}` },
      { label: 'aid delivered', values: delivered, summary: `€${eur.format(total(delivered))}` },
    )
  return rows
}
