import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { type InsertRecords, insertRecords } from '../queries/record-writes.ts'
import type { SearchIndex } from '../search/search-index.ts'
import type { Transact } from '../transaction.ts'

export type Engine = 'sqlite' | 'postgres' | 'd1'

/** What a dialect hands the store: the database and the few things that differ per engine. */
export interface KyselyStoreOptions {
  engine: Engine
  db: Kysely<Database>
  search: SearchIndex
  transact: Transact
  /** Injected so tests can pin timestamps; defaults to the wall clock. */
  now?: () => Date
  /** Runs an import batch; defaults to `transact` (SQLite relaxes fsync for it). */
  bulkTransact?: Transact
  /** Writes an import batch's new records; defaults to the Kysely queries every engine shares. */
  insertRecords?: InsertRecords
  /** Runs after an import batch commits: SQLite refreshes planner statistics here. */
  afterBulkWrite?: () => Promise<void>
  /** Extra teardown after the Kysely instance is destroyed (closing a pool, a file). */
  onClose?: () => Promise<void>
}

/** How batches of many records are written: imports, dataset batches, the seed's records. */
export interface BulkWrite {
  transact: Transact
  insertRecords: InsertRecords
  /** Runs after a batch commits. */
  afterWrite: () => Promise<void>
}

/** What every part of the store is built over, the dialect's choices filled in. */
export interface StoreContext {
  engine: Engine
  db: Kysely<Database>
  search: SearchIndex
  transact: Transact
  bulk: BulkWrite
  /** The current time as stored: an ISO timestamp. */
  now: () => string
}

export const storeContext = (options: KyselyStoreOptions): StoreContext => {
  const clock = options.now ?? (() => new Date())
  return {
    engine: options.engine,
    db: options.db,
    search: options.search,
    transact: options.transact,
    bulk: {
      transact: options.bulkTransact ?? options.transact,
      insertRecords: options.insertRecords ?? insertRecords,
      afterWrite: options.afterBulkWrite ?? (async () => {}),
    },
    now: () => clock().toISOString(),
  }
}
