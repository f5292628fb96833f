import type { Attack } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'

/** "Shahed-136/131" is of the Shahed family: the name before its variant. */
const family = (model: string) => model.split(/[-/\s]/)[0] ?? model

/**
 * A model both name, or one names the family of the other's ("Shahed" and "Shahed-136/131") —
 * but never two variants of one family: Iskander-K is a cruise missile, Iskander-M ballistic.
 */
const sameModel = (a: string, b: string) => a === b || a === family(b) || b === family(a)

/**
 * Weapons: a model both name ("Iskander-K in both") is specific; the same mix of types (drones
 * and missiles) only separates a combined wave from a lone drone raid, so it weighs little.
 */
export const weaponSignal = (a: Attack, b: Attack): Signal | undefined => {
  const models = (r: Attack) => [...new Set(r.weapons.flatMap((w) => (w.model ? [w.model] : [])))]
  const shared = models(a).flatMap((m) => {
    const other = models(b).find((n) => sameModel(m.toLowerCase(), n.toLowerCase()))
    return other === undefined ? [] : [m === other ? m : `${m} and ${other}`]
  })
  if (shared.length > 0) return { weight: 0.1, reason: `${shared.join(', ')} in both` }
  const types = (r: Attack) => [...new Set(r.weapons.map((w) => w.type))].sort().join(' and ')
  return types(a) !== '' && types(a) === types(b)
    ? { weight: 0.05, reason: `${types(a)} in both` }
    : undefined
}
