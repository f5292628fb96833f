/**
 * Each disputed fact of a record (the domain's computeDisputes): what `/v1/disputes` pages
 * through, newest first, without reading undisputed records.
 */
export interface RecordDisputesTable {
  record_id: string
  fact: string
  /** The fact's scope (a count in Kyiv, a count nationwide); empty when unscoped. */
  fact_key: string
  kind: string
  /** The record's, so a page is one index range in list order. */
  sort_date: string
}
