import type { Attack } from './attack.ts'
import { deriveFacts, tightestClaim } from './disputes.ts'
import { measureBounds } from './measure.ts'
import { type WeaponClass, weaponClassOf } from './weapon-class.ts'

export interface AirWarCount {
  readonly weaponClass: WeaponClass
  readonly launched: number
  readonly intercepted: number
}

type Counted = { launched: number; intercepted: number }

/**
 * An attack's launched and intercepted counts per weapon class, once per record: each fact's
 * displayed value (its floor), never each claim, so two sources repeating "426 drones" count 426;
 * a disputed count gives the least any position allows. Counts of one subject in several scopes
 * (74 drones over Russia, 15 of them near Moscow) are parts of one another: the largest stands
 * for the subject.
 */
export const airWarCounts = (attack: Attack): AirWarCount[] => {
  const bySubject = new Map<string, Counted>()
  for (const fact of deriveFacts(attack)) {
    let floor: number | undefined
    let subject = ''
    let name: keyof Counted | undefined
    for (const position of fact.positions) {
      const [head, ...rest] = position.claims
      if (!head) continue
      const shown = tightestClaim([head, ...rest])
      if (shown.fact !== 'launched' && shown.fact !== 'intercepted') break
      name = shown.fact
      subject = shown.value.subject ?? ''
      const low = measureBounds(shown.value).low
      floor = floor === undefined ? low : Math.min(floor, low)
    }
    if (name === undefined || floor === undefined) continue
    const counts = bySubject.get(subject) ?? { launched: 0, intercepted: 0 }
    counts[name] = Math.max(counts[name], floor)
    bySubject.set(subject, counts)
  }
  const byClass = new Map<WeaponClass, Counted>()
  for (const [subject, counts] of bySubject) {
    const weaponClass = weaponClassOf(subject || undefined, attack.weapons)
    const sum = byClass.get(weaponClass) ?? { launched: 0, intercepted: 0 }
    byClass.set(weaponClass, {
      launched: sum.launched + counts.launched,
      intercepted: sum.intercepted + counts.intercepted,
    })
  }
  return [...byClass].map(([weaponClass, c]) => ({ weaponClass, ...c }))
}
