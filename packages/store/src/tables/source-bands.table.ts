/** A source's LSH band keys: two texts sharing one are near-duplicate candidates. */
export interface SourceBandsTable {
  source_id: string
  band_key: string
}
