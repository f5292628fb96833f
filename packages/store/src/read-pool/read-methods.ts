import type { Store } from '../store.ts'

/**
 * The Store methods a read thread answers: the queries whose cost grows with the data. Cheap
 * lookups made on every request (the latest change, an API key, the dictionaries) stay on the
 * main thread, where a round trip to a thread would cost more than the query.
 */
export const READ_METHODS = [
  'listRecords',
  'getRecord',
  'history',
  'search',
  'listRecordsJson',
  'searchJson',
  // The counts beside a list page: run on a thread, they overlap the page instead of
  // holding the event loop while every other request waits.
  'countRecords',
  'countFacets',
  'listDisputes',
  'countDisputes',
  'stats',
  // Encoded on the thread: the event loop only copies the bytes out (see StatsStore.statsJson).
  'statsJson',
  'eventMap',
  'listSources',
  'getSource',
  'getSources',
  'findHeldSource',
  'recordsWithSources',
  'listUndatedReported',
  'reportedDays',
] as const satisfies readonly (keyof Store)[]

export type ReadMethod = (typeof READ_METHODS)[number]

export interface ReadTask {
  /** `ready` only answers once the thread's connection is open (the pool's warm-up). */
  method: ReadMethod | 'ready'
  args: unknown[]
  /** Epoch ms after which nobody waits for the answer: a thread reaching it later skips it. */
  deadline: number
}
