/**
 * An attack's launched and intercepted counts per weapon class (the domain's airWarCounts): what
 * the air war series sum under filters the daily rollups cannot answer, and what a rewrite of the
 * record takes back out of them.
 */
export interface RecordAirWarTable {
  record_id: string
  attacker_id: string
  weapon_class: string
  launched: number
  intercepted: number
}
