import type { Attack } from './attack.ts'
import { measureBounds } from './measure.ts'

export interface CasualtyBounds {
  /** At least this many: the highest floor any claim gives, whatever its scope. */
  readonly low: number
  /** At most this many, when a claim for the whole target country caps it; else unknown. */
  readonly high: number | null
}

/**
 * An attack's toll as a band. Every scoped count is a floor for the whole (one killed in Kyiv
 * means at least one killed); only a count for the whole country, or an unscoped one, caps it.
 * "At least one in Kyiv" and "two nationwide" give 2–2.
 */
export const casualtyBounds = (
  attack: Attack,
  fact: 'killed' | 'injured',
): CasualtyBounds | undefined => {
  const counts = attack.claims.flatMap((c) => (c.fact === fact ? [c.value] : []))
  if (counts.length === 0) return undefined
  const country =
    attack.targetId === 'ukraine' ? 'ua' : attack.targetId === 'russia' ? 'ru' : undefined
  const low = Math.max(...counts.map((m) => measureBounds(m).low))
  const caps = counts
    .filter((m) => m.scope === undefined || m.scope === country)
    .map((m) => measureBounds(m).high)
    .filter(Number.isFinite)
  const high = caps.length ? Math.max(low, Math.min(...caps)) : null
  return { low, high }
}

/**
 * The part of an attack's toll known to have happened inside a place, for figures per region:
 * the whole toll when every place struck is inside it, otherwise the highest count scoped to a
 * place inside it. "Two dead nationwide" over Kyiv, Kharkiv and Ivano-Frankivsk belongs to none
 * of the three; "at least one killed in Kyiv" belongs to Kyiv. Undefined when no count does.
 */
export const casualtyFloorInside = (
  attack: Attack,
  fact: 'killed' | 'injured',
  inside: (placeId: string) => boolean,
): number | undefined => {
  const counts = attack.claims.flatMap((c) => (c.fact === fact ? [c.value] : []))
  const whole = attack.placeIds.length > 0 && attack.placeIds.every(inside)
  const lows = counts
    .filter((m) => whole || (m.scope !== undefined && inside(m.scope)))
    .map((m) => measureBounds(m).low)
  return lows.length > 0 ? Math.max(...lows) : undefined
}
