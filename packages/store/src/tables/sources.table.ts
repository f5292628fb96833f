export interface SourcesTable {
  id: string
  title: string
  doc: string
}
