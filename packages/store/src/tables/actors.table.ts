export interface ActorsTable {
  id: string
  name: string
  doc: string
}
