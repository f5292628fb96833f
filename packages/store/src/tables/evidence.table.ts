/** One row per claim, so that evidence can be found by source and asserter without the JSON. */
export interface EvidenceTable {
  record_id: string
  /** Position of the claim in the record, which keeps rows unique even if claim ids repeat. */
  ordinal: number
  evidence_id: string
  fact: string
  value: string
  source_id: string
  quote: string
  asserter_actor_id: string | null
  attribution: string
}
