import { type Aid, type AidStage, aidEurFloor } from '@sitrep/domain'

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
