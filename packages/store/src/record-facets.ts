import type { Asserter, Evidence, SitrepRecord } from '@sitrep/domain'
import type { RecordFacetsTable } from './tables/record-facets.table.ts'

/** Who stands behind a dataset row: the body's actor id, or the name an unnamed asserter goes by. */
const asserterKey = (a: Asserter): string | undefined => {
  if (a.type === 'actor') return a.actorId
  return a.affiliationId ?? a.description
}

/**
 * The dataset or outlet a piece of evidence comes from: a dataset row's compiler (the Air Force,
 * CIR/Bellingcat), else the outlet that reported it (TASS). Evidence from the article's own
 * reporting names neither and gives no value.
 */
export const evidenceDataset = (e: Evidence): string | undefined => {
  if (e.attribution === 'dataset') return asserterKey(e.assertedBy)
  return e.reportedBy ? asserterKey(e.reportedBy) : undefined
}

/** A record's facet rows besides those columns already hold: attacker, weapon classes, datasets. */
export const facetRows = (record: SitrepRecord): RecordFacetsTable[] => {
  const values = new Set<string>()
  const add = (facet: string, value: string | undefined) => {
    if (value) values.add(`${facet}\u0000${value}`)
  }
  if (record.kind === 'attack') {
    add('attacker', record.attackerId)
    for (const w of record.weapons) add('weapon', w.type)
  }
  for (const claim of record.claims) add('dataset', evidenceDataset(claim))
  return [...values].map((key) => {
    const [facet = '', value = ''] = key.split('\u0000')
    return { record_id: record.id, facet, value }
  })
}
