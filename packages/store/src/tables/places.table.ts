export interface PlacesTable {
  id: string
  name: string
  parent_id: string | null
  doc: string
}
