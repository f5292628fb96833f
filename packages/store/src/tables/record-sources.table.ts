/** Each source a record's evidence cites, once: what the source filter and dataset updates read. */
export interface RecordSourcesTable {
  source_id: string
  record_id: string
}
