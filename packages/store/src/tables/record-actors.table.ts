/** Every actor a record names, including the asserters behind its evidence. */
export interface RecordActorsTable {
  record_id: string
  actor_id: string
}
