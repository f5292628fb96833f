import type { Attack } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'

/**
 * The names a model is written under, lower case: "X-101/X-555" is two, "X-47 Kinzhal" a
 * designation and a name. The Air Force writes Soviet designations with a Cyrillic "Х" read as
 * "X", where reports transliterate it "Kh" ("Kh-101"), so both are spelled "x-".
 */
const namesOf = (model: string): string[] =>
  model
    .toLowerCase()
    .split(/[/\s,]+/)
    .map((n) => n.replace(/^kh-/, 'x-'))
    .filter((n) => /[a-z]/.test(n))

/** "Shahed-136" is of the Shahed family: the name before its variant. */
const family = (name: string) => name.split('-')[0] ?? name

/**
 * A model both name, or one names the family of the other's ("Shahed" and "Shahed-136/131") —
 * but never two variants of one family: Iskander-K is a cruise missile, Iskander-M ballistic.
 */
const sameModel = (a: string, b: string) =>
  namesOf(a).some((x) =>
    namesOf(b).some(
      (y) =>
        x === y || (!x.includes('-') && x === family(y)) || (!y.includes('-') && y === family(x)),
    ),
  )

/**
 * Weapons: a model both name ("Iskander-K in both") is specific; the same mix of types (drones
 * and missiles) only separates a combined wave from a lone drone raid, so it weighs little. A
 * report of drones alone against a wave of drones and missiles says nothing either way: the
 * night after a wave may be drones alone.
 */
export const weaponSignal = (a: Attack, b: Attack): Signal | undefined => {
  const models = (r: Attack) => [...new Set(r.weapons.flatMap((w) => (w.model ? [w.model] : [])))]
  const shared = models(a).flatMap((m) => {
    const other = models(b).find((n) => sameModel(m, n))
    return other === undefined ? [] : [m === other ? m : `${m} and ${other}`]
  })
  if (shared.length > 0) return { weight: 0.1, reason: `${shared.join(', ')} in both` }
  const types = (r: Attack) => [...new Set(r.weapons.map((w) => w.type))].sort().join(' and ')
  return types(a) !== '' && types(a) === types(b)
    ? { weight: 0.05, reason: `${types(a)} in both` }
    : undefined
}
