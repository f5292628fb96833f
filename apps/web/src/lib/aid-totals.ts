import {
  type Aid,
  type AidStage,
  deriveFacts,
  measureBounds,
  moneyBounds,
  type StatedMoney,
} from '@sitrep/domain'

/** The euro floor of a stated amount: "over €5 billion" counts as €5 billion, never more. */
const eurFloor = (m: StatedMoney): number | undefined => {
  const eurPerUnit = m.currency === 'EUR' ? 1 : m.eur ? m.eur.amount / m.amount : undefined
  return eurPerUnit === undefined ? undefined : moneyBounds(m).low * eurPerUnit
}

/**
 * The least the sources say an aid record is worth in euros, or undefined when no amount is
 * stated or sources disagree. A per-unit price counts once per item the sources agree on
 * ("around €1 billion each" for two Patriot systems is at least 2 × €0.9 billion).
 */
export const aidEurFloor = (aid: Aid): number | undefined => {
  const facts = deriveFacts(aid)
  const money = facts.find((f) => f.fact === 'money' && f.status !== 'disputed')
  const value = money?.value
  if (!value || typeof value !== 'object' || !('kind' in value) || value.kind !== 'amount')
    return undefined
  const floor = eurFloor(value)
  if (floor === undefined || value.per === 'total') return floor
  const units = aid.claims.flatMap((c) =>
    c.fact === 'item' && c.value.quantity ? [measureBounds(c.value.quantity).low] : [],
  )
  return units.length ? floor * Math.max(...units) : undefined
}

export interface AidTotal {
  readonly label: string
  readonly stage: AidStage
  readonly eur: number
  readonly records: number
}

/** Euro floors grouped by donor (or "no donor named", for requests) and stage. */
export const aidTotalsByDonor = (
  records: readonly Aid[],
  donorName: (id: string) => string,
): AidTotal[] => {
  const totals = new Map<string, { label: string; stage: AidStage; eur: number; records: number }>()
  for (const aid of records) {
    const eur = aidEurFloor(aid) ?? 0
    const donors = aid.donorIds.length ? aid.donorIds.map(donorName) : ['No donor named']
    // Joint pledges are split evenly: the sources give no shares, and counting the whole amount
    // for each donor would double it.
    for (const label of donors) {
      const key = `${label}|${aid.stage}`
      const t = totals.get(key) ?? { label, stage: aid.stage, eur: 0, records: 0 }
      t.eur += eur / donors.length
      t.records += 1
      totals.set(key, t)
    }
  }
  return [...totals.values()].sort((a, b) => b.eur - a.eur || a.label.localeCompare(b.label))
}

/** Euro floors grouped by category (military, financial, humanitarian) and stage. */
export const aidTotalsByCategory = (records: readonly Aid[]): AidTotal[] => {
  const totals = new Map<string, AidTotal>()
  for (const aid of records) {
    const key = `${aid.category}|${aid.stage}`
    const before = totals.get(key) ?? { label: aid.category, stage: aid.stage, eur: 0, records: 0 }
    totals.set(key, {
      ...before,
      eur: before.eur + (aidEurFloor(aid) ?? 0),
      records: before.records + 1,
    })
  }
  return [...totals.values()].sort((a, b) => b.eur - a.eur || a.label.localeCompare(b.label))
}
