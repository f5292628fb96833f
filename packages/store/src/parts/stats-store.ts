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
  /**
   * The bytes of `JSON.stringify(stats(filter, options))` in UTF-8, made where the figures are
   * summed. A year's figures are ~180 KB of JSON from thousands of small objects: built on a read
   * thread, the event loop gets one buffer to send instead of a structured clone to rebuild,
   * stringify and collect, which held other requests behind it.
   */
  statsJson(filter: RecordFilter, options?: StatsOptions): Promise<Uint8Array<ArrayBuffer>>
}

const utf8 = new TextEncoder()

export const createStatsStore = ({ db }: StoreContext): StatsStore => ({
  stats: async (filter, options) => stats(db, readFilter(filter), readStatsOptions(options)),
  statsJson: async (filter, options) =>
    utf8.encode(JSON.stringify(await stats(db, readFilter(filter), readStatsOptions(options)))),
})
