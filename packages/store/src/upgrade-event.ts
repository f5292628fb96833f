/**
 * What an open tells its caller while it brings an older database up to date: the migrations
 * about to run, then each derive step's progress through the rows it walks. Only upgrades are
 * told (a new or current database says nothing), since only they can take a while.
 */
export type UpgradeEvent =
  | { phase: 'migrate'; pending: string[] }
  | {
      phase: 'derive'
      /** The step's name, also its `store_meta` key with `_scheme` appended. */
      step: string
      version: string
      /** How far the step has walked, out of `total`, in the step's own unit (rows or seq). */
      done: number
      total: number
    }
  /**
   * The gazetteer or actor list shipped with the code changed since this store last opened: every
   * record's enclosing places and the regional rollups are derived again (minutes at 1M records).
   */
  | { phase: 'dictionaries' }

export type OnUpgrade = (event: UpgradeEvent) => void
