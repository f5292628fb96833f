import type { Aid } from './aid.ts'
import { deriveFacts } from './disputes.ts'
import { measureBounds } from './measure.ts'
import { moneyBounds } from './money.ts'

/**
 * The least an aid record is worth in euros, from its displayed money fact: a total as stated,
 * or a per-unit price times the quantity of its one priced item ("two Patriots at around €1
 * billion each" is at least €1.8bn). Undefined when no amount is known or sources disagree.
 */
export const aidEurFloor = (aid: Aid): number | undefined => {
  const facts = deriveFacts(aid)
  const money = facts.find((f) => f.fact === 'money' && f.status !== 'disputed')?.value
  if (!money || !('kind' in money) || money.kind !== 'amount' || !money.eur) return undefined
  const perUnitEur = (moneyBounds(money).low * money.eur.amount) / money.amount
  if (money.per === 'total') return perUnitEur
  const quantities = facts.flatMap((f) =>
    f.fact === 'item' && f.value && 'name' in f.value && f.value.quantity
      ? [measureBounds(f.value.quantity).low]
      : [],
  )
  return quantities.length === 1 && quantities[0] !== undefined
    ? perUnitEur * quantities[0]
    : undefined
}
