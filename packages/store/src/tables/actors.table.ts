export interface ActorsTable {
  id: string
  name: string
  doc: string
  /** Who added the actor at ingest; null for the shipped dictionary's entries. */
  added_by: string | null
}
