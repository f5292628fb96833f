/** Store-level facts such as "seeded with the seed dataset at …". */
export interface StoreMetaTable {
  key: string
  value: string
}
