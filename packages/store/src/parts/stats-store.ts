import type { RecordFilter, Stats } from '@sitrep/domain'
import { type StatsOptions, stats } from '../queries/stats.ts'
import type { StoreContext } from './context.ts'
import { readFilter, readStatsOptions } from './inputs.ts'

/** The figures of `/v1/stats`, summed by the database over the records a filter selects. */
export interface StatsStore {
  /**
   * Attacks and casualty bands per day and per region, aid in euros, talks by status, statements
   * by speaker and channel; and the series over time (attacks, the air war, aid by donor),
   * summed per `options.bucket`. A filter on dates alone reads the daily rollups.
   */
  stats(filter: RecordFilter, options?: StatsOptions): Promise<Stats>
}

export const createStatsStore = ({ db }: StoreContext): StatsStore => ({
  stats: async (filter, options) => stats(db, readFilter(filter), readStatsOptions(options)),
})
