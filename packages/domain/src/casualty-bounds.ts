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
