/** Every place a record names: venue, attack sites, effect places, measure scopes. */
export interface RecordPlacesTable {
  record_id: string
  place_id: string
}
