/** Every write, whole: the history is never rewritten. */
export interface RevisionsTable {
  record_id: string
  version: number
  operation: 'create' | 'update' | 'delete'
  doc: string
  by: string
  reason: string | null
  at: string
}
