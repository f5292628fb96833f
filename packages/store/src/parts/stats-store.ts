import type { RecordFilter, Stats } from '@sitrep/domain'
import { stats } from '../queries/stats.ts'
import type { StoreContext } from './context.ts'
import { readFilter } from './inputs.ts'

/** The figures of `/v1/stats`, summed by the database over the records a filter selects. */
export interface StatsStore {
  /**
   * Attacks and casualty bands per day and per region, aid in euros, talks by status, statements
   * by speaker and channel.
   */
  stats(filter: RecordFilter): Promise<Stats>
}

export const createStatsStore = ({ db }: StoreContext): StatsStore => ({
  stats: async (filter) => stats(db, readFilter(filter)),
})
