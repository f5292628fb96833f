import type { StatsSeries } from '@sitrep/domain'
import type { Names } from '../lib/names.ts'
import { seriesRows, seriesStarts } from '../lib/series-rows.ts'
import { sparkline } from '../lib/sparkline.ts'
import { periodLabel } from './stats-periods.ts'

const count = new Intl.NumberFormat('en-GB')
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 })
const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`)

/** Columns of a sparkline: four years of months fit one a column. */
const SPARK = 48

const CLASS_WORDS = {
  drone: 'drones',
  'cruise-missile': 'cruise missiles',
  'ballistic-missile': 'ballistic missiles',
  'glide-bomb': 'glide bombs',
  other: 'other weapons',
} as const

/**
 * The series of `sitrep stats` after the attacks table: a sparkline of each line the overview
 * draws, then the air war by attacker and weapon class and aid by donor, one row per bucket.
 */
export const describeSeries = (series: StatsSeries, names: Names, width: number): string[] => {
  const by = series.bucket
  const starts = seriesStarts(series)
  const lines: string[] = []
  const rows = seriesRows(series, names)
  if (starts.length > 0) {
    lines.push(
      '',
      `by ${by}, ${periodLabel(starts[0] ?? '', by)} to ${periodLabel(starts.at(-1) ?? '', by)} (weapons: launched, then intercepted)`,
    )
    for (const row of rows)
      lines.push(
        `  ${row.label.padEnd(15)} ${sparkline(row.values, SPARK).padEnd(SPARK)}  ${row.summary}`,
      )
  }
  const panels = new Map<string, StatsSeries['airWar']>()
  for (const row of series.airWar) {
    if (row.launched === 0 && row.intercepted === 0) continue
    const title = `${CLASS_WORDS[row.weaponClass]} launched by ${names.actor(row.attackerId)}, by ${by}`
    panels.set(title, [...(panels.get(title) ?? []), row])
  }
  for (const [title, panel] of panels) {
    lines.push('', `${title.padEnd(width + 2)} launched  intercepted   rate  7-day rate`)
    for (const row of panel)
      lines.push(
        `  ${periodLabel(row.start, by).padEnd(width)} ${count.format(row.launched).padStart(8)}  ${count.format(row.intercepted).padStart(11)}  ${percent(row.interceptionRate).padStart(5)}  ${percent(row.sevenDays.interceptionRate).padStart(10)}`,
      )
  }
  const aid = series.aid.filter((a) => a.pledged.eurAtLeast + a.delivered.eurAtLeast > 0)
  if (aid.length > 0) {
    lines.push(
      '',
      `${`aid by ${by} and donor`.padEnd(width + 2)} pledged  delivered (EUR at least)`,
    )
    for (const a of aid)
      lines.push(
        `  ${`${periodLabel(a.start, by)} ${names.actor(a.donorId)}`.padEnd(width)} ${`€${compact.format(a.pledged.eurAtLeast)}`.padStart(8)}  ${`€${compact.format(a.delivered.eurAtLeast)}`.padStart(9)}`,
      )
  }
  return lines
}
