import type { IsoDate } from '../iso-date.ts'
import type { Stats } from '../stats.ts'
import { type BriefFigure, type BriefSentence, sentence, words } from './brief.ts'
import { actorName, count } from './phrases.ts'

const within = (day: IsoDate, from: IsoDate, to: IsoDate) => day >= from && day <= to

/** The part of `/v1/stats` the air war's sentences read. */
type AirWarSeries = { readonly series: Pick<Stats['series'], 'airWar'> }

interface AirTotals {
  launched: number
  intercepted: number
  byClass: Map<string, { launched: number; intercepted: number }>
}

/**
 * The air war in the period per attacker, from the daily figures: each attack counted once on its
 * first day, as `/v1/stats` counts it, so the totals add up to the same sums as the data they
 * were imported from.
 */
export const airWarTotals = (
  stats: AirWarSeries,
  from: IsoDate,
  to: IsoDate,
): Map<string, AirTotals> => {
  const byAttacker = new Map<string, AirTotals>()
  for (const row of stats.series.airWar) {
    if (!within(row.start, from, to)) continue
    const held = byAttacker.get(row.attackerId) ?? {
      launched: 0,
      intercepted: 0,
      byClass: new Map(),
    }
    held.launched += row.launched
    held.intercepted += row.intercepted
    const cls = held.byClass.get(row.weaponClass) ?? { launched: 0, intercepted: 0 }
    cls.launched += row.launched
    cls.intercepted += row.intercepted
    held.byClass.set(row.weaponClass, cls)
    byAttacker.set(row.attackerId, held)
  }
  return new Map([...byAttacker].sort(([a], [b]) => a.localeCompare(b)))
}

/** The period's attacks and casualty bands, summed over the days. */
export const attackTotals = (stats: Stats, from: IsoDate, to: IsoDate) => {
  const days = stats.attacksByDay.filter((d) => within(d.day, from, to))
  const sum = (pick: (d: (typeof days)[number]) => number | null) =>
    days.reduce<number | null>((acc, d) => {
      const v = pick(d)
      return acc === null || v === null ? null : acc + v
    }, 0)
  return {
    attacks: sum((d) => d.attacks) ?? 0,
    killed: { low: sum((d) => d.killed.low) ?? 0, high: sum((d) => d.killed.high) },
    injured: { low: sum((d) => d.injured.low) ?? 0, high: sum((d) => d.injured.high) },
  }
}

const bandWords = (band: { low: number; high: number | null }, what: string) =>
  band.high === band.low
    ? `${count(band.low)} ${what}`
    : band.high === null
      ? `at least ${count(band.low)} ${what}`
      : `between ${count(band.low)} and ${count(band.high)} ${what}`

const bandFigures = (band: { low: number; high: number | null }, what: string): BriefFigure[] => [
  { value: band.low, of: `${what} (at least)` },
  ...(band.high !== null ? [{ value: band.high, of: `${what} (at most)` }] : []),
]

/** "42 attacks begun in the period, at least 10 killed and at least 25 injured." */
export const attackTotalsSentence = (stats: Stats, from: IsoDate, to: IsoDate): BriefSentence => {
  const t = attackTotals(stats, from, to)
  return sentence(
    [
      words(
        `${count(t.attacks)} attack${t.attacks === 1 ? '' : 's'} begun in the period, with ${bandWords(t.killed, 'killed')} and ${bandWords(t.injured, 'injured')} by the sources' counts.`,
      ),
    ],
    [
      { value: t.attacks, of: 'attacks' },
      ...bandFigures(t.killed, 'killed'),
      ...bandFigures(t.injured, 'injured'),
    ],
  )
}

const CLASS_WORDS: Record<string, string> = {
  drone: 'drones',
  'cruise-missile': 'cruise missiles',
  'ballistic-missile': 'ballistic missiles',
  'glide-bomb': 'glide bombs',
  other: 'other weapons',
}

/** A side whose launches no source counts (Russia's ministry reports only what it downed). */
const launchedWords = (n: number) => (n > 0 ? `${count(n)} launched` : 'launches not reported')

/**
 * "Air war, Russian Federation: 1,234 launched, 1,100 intercepted (drones 1,000 and 950; …)."
 * Drones lost to electronic warfare count as intercepted, as the Air Force counts them. A side
 * known only by what was intercepted has its launches called unreported, never zero.
 */
export const airWarSentences = (stats: AirWarSeries, from: IsoDate, to: IsoDate): BriefSentence[] =>
  [...airWarTotals(stats, from, to)].map(([attackerId, t]) => {
    const classes = [...t.byClass]
      .map(
        ([c, v]) =>
          `${CLASS_WORDS[c] ?? c} ${v.launched > 0 ? count(v.launched) : 'not reported'} and ${count(v.intercepted)}`,
      )
      .join('; ')
    const launched = (value: number, of: string): BriefFigure[] =>
      value > 0 ? [{ value, of }] : []
    return sentence(
      [
        words(
          `Air war, attacks by ${actorName(attackerId)}: ${launchedWords(t.launched)} and ${count(t.intercepted)} intercepted or lost to electronic warfare (launched and intercepted: ${classes}).`,
        ),
      ],
      [
        ...launched(t.launched, `launched by ${attackerId}`),
        { value: t.intercepted, of: `intercepted of ${attackerId}` },
        ...[...t.byClass].flatMap(([c, v]) => [
          ...launched(v.launched, `${c} launched by ${attackerId}`),
          { value: v.intercepted, of: `${c} intercepted of ${attackerId}` },
        ]),
      ],
    )
  })
