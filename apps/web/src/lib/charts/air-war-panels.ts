import type { StatsSeries, WeaponClass } from '@sitrep/domain'

type AirWarRow = StatsSeries['airWar'][number]

/** The classes drawn, in the order air defence meets them; `other` has no panel of its own. */
export const DRAWN_CLASSES = ['drone', 'cruise-missile', 'ballistic-missile', 'glide-bomb'] as const
export type DrawnClass = (typeof DRAWN_CLASSES)[number]

export const classLabels: { [C in DrawnClass]: string } = {
  drone: 'Drones',
  'cruise-missile': 'Cruise missiles',
  'ballistic-missile': 'Ballistic missiles',
  'glide-bomb': 'Glide bombs',
}

export interface AirWarPoint {
  readonly start: string
  readonly launched: number
  readonly intercepted: number
  /** Intercepted over launched in the bucket; null when nothing was launched. */
  readonly rate: number | null
  /** Per day over the seven days ending with the bucket. */
  readonly sevenDays: {
    readonly launched: number
    readonly intercepted: number
    readonly rate: number | null
  }
}

export interface AirWarPanel {
  readonly attackerId: string
  readonly weaponClass: DrawnClass
  /** One point per bucket of the series, zero where the class was not launched. */
  readonly points: readonly AirWarPoint[]
  readonly launched: number
  readonly intercepted: number
}

const rateOf = (intercepted: number, launched: number) =>
  launched > 0 ? intercepted / launched : null

const isDrawn = (c: WeaponClass): c is DrawnClass =>
  (DRAWN_CLASSES as readonly string[]).includes(c)

/**
 * One panel per attacker and weapon class that launched anything, over every bucket of the
 * series so the panels share their time axis. An attacker's panels come together, the one with
 * most launches first: a count from the other side of the war is not added into the same bars.
 */
export const airWarPanels = (
  rows: readonly AirWarRow[],
  starts: readonly string[],
): AirWarPanel[] => {
  const byPanel = new Map<string, Map<string, AirWarRow>>()
  for (const row of rows) {
    if (!isDrawn(row.weaponClass)) continue
    const key = `${row.attackerId}\u0000${row.weaponClass}`
    const points = byPanel.get(key) ?? new Map<string, AirWarRow>()
    points.set(row.start, row)
    byPanel.set(key, points)
  }
  const panels: AirWarPanel[] = []
  for (const [key, byStart] of byPanel) {
    const [attackerId = '', weaponClass] = key.split('\u0000') as [string, DrawnClass]
    const points = starts.map((start): AirWarPoint => {
      const row = byStart.get(start)
      const seven = row?.sevenDays
      return {
        start,
        launched: row?.launched ?? 0,
        intercepted: row?.intercepted ?? 0,
        rate: row ? rateOf(row.intercepted, row.launched) : null,
        sevenDays: {
          launched: seven?.launched ?? 0,
          intercepted: seven?.intercepted ?? 0,
          rate: seven?.interceptionRate ?? null,
        },
      }
    })
    const launched = points.reduce((n, p) => n + p.launched, 0)
    const intercepted = points.reduce((n, p) => n + p.intercepted, 0)
    if (launched > 0) panels.push({ attackerId, weaponClass, points, launched, intercepted })
  }
  const launchedBy = new Map<string, number>()
  for (const p of panels)
    launchedBy.set(p.attackerId, (launchedBy.get(p.attackerId) ?? 0) + p.launched)
  return panels.sort(
    (a, b) =>
      (launchedBy.get(b.attackerId) ?? 0) - (launchedBy.get(a.attackerId) ?? 0) ||
      a.attackerId.localeCompare(b.attackerId) ||
      DRAWN_CLASSES.indexOf(a.weaponClass) - DRAWN_CLASSES.indexOf(b.weaponClass),
  )
}
