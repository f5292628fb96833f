import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { deriveToLatest } from '../derive/derive-to-latest.ts'
import { createKyselyStore } from '../kysely-store.ts'
import { migrateToLatest } from '../migrate.ts'
import { trackGeneration } from '../queries/generation-memo.ts'
import { sqliteSearch } from '../search/sqlite-search.ts'
import type { Store } from '../store.ts'
import { interactiveTransaction } from '../transaction.ts'
import type { OnUpgrade } from '../upgrade-event.ts'
import { type CheckpointerOptions, startCheckpointer } from './sqlite-checkpointer.ts'
import { ImmediateSqliteDialect } from './sqlite-immediate.ts'
import { sqliteInsertRecords } from './sqlite-insert-records.ts'
import { type WriteGateBuffer, writeGate } from './sqlite-write-gate.ts'
import { preparingOnce } from './statement-cache.ts'

export interface SqliteStoreConfig {
  /** A file path (its folder is created), or ':memory:' for a throwaway store. */
  file: string
  now?: () => Date
  /** Told what an older database is about to get, and how deriving columns advances. */
  onUpgrade?: OnUpgrade
  /** Sees every statement the store runs, with its parameters (the API benchmark's SQL floor). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void
  /**
   * Checkpoint the WAL on a thread of its own instead of inside the write that fills it (see
   * sqlite-checkpointer). For a long-running writer such as the API server; a file only.
   */
  checkpointThread?: boolean | CheckpointerOptions
  /**
   * Shared with another thread's store on the same file (see sqlite-write-gate): the API's
   * store goes first, the webhook delivery thread's `yields`.
   */
  writeGate?: { buffer: WriteGateBuffer; yields: boolean }
}

/**
 * Shared with the benchmark's hand-written floor, so both write under the same settings.
 * 256 MiB of page cache: at a million records the secondary indexes (dates, places, sources) take
 * random inserts, and a smaller cache re-reads their pages from the OS for every batch. Sorting
 * and temporary b-trees stay in memory; reads go through a memory map instead of read() copies.
 */
export const SQLITE_PERFORMANCE_PRAGMAS = [
  'cache_size = -262144',
  'temp_store = MEMORY',
  'mmap_size = 1073741824',
]

export {
  newWriteGateBuffer,
  type WriteGateBuffer,
  type WriteGateWaits,
  writeGateWaits,
} from './sqlite-write-gate.ts'

/** The embedded default: one file, WAL so readers never wait for the writer, foreign keys on. */
export const openSqliteStore = async (config: SqliteStoreConfig): Promise<Store> => {
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true })
  const sqlite = new BetterSqlite3(config.file)
  // Only a new file takes it (an existing one keeps its size): 16 KiB pages hold ten 1.5 kB
  // records where 4 KiB pages hold two and waste the rest, and b-trees are a level shallower.
  // A million-record import runs about a fifth faster and the file is a tenth smaller.
  sqlite.pragma('page_size = 16384')
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  // NORMAL is durable against a process crash in WAL mode; only a power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
  for (const pragma of SQLITE_PERFORMANCE_PRAGMAS) sqlite.pragma(pragma)
  // Planner statistics decide whether a region filter starts from the place index (fast) or
  // scans the date range; a sampled ANALYZE keeps them current at a bounded cost.
  sqlite.pragma('analysis_limit = 1000')
  const { onQuery } = config
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect(
      { database: preparingOnce(sqlite) },
      config.writeGate && writeGate(config.writeGate.buffer, { yields: config.writeGate.yields }),
    ),
    ...(onQuery && {
      log: (event) => {
        if (event.level === 'query') onQuery(event.query.sql, event.query.parameters)
      },
    }),
  })
  // `data_version` moves when another connection commits, total_changes() when this one writes.
  const dataVersion = sqlite.prepare('pragma data_version').pluck()
  const ownChanges = sqlite.prepare('select total_changes()').pluck()
  trackGeneration(db, () => `${dataVersion.get()}:${ownChanges.get()}`)
  await migrateToLatest(db, 'sqlite', config.onUpgrade)
  await deriveToLatest(db, { transact: interactiveTransaction(db), onUpgrade: config.onUpgrade })
  sqlite.pragma('optimize = 0x10002')
  const { checkpointThread } = config
  const checkpointer =
    checkpointThread && config.file !== ':memory:'
      ? await startCheckpointer(
          sqlite,
          config.file,
          checkpointThread === true ? {} : checkpointThread,
        )
      : undefined
  return createKyselyStore({
    engine: 'sqlite',
    db,
    search: sqliteSearch,
    transact: interactiveTransaction(db),
    // Imports commit with synchronous = OFF: in WAL mode a committed batch still survives a
    // process crash (the crash test kills the importer); only a power loss or OS crash could drop
    // the last batches, which a re-run of the import restores. Other writes keep NORMAL.
    bulkTransact: async (work) => {
      sqlite.pragma('synchronous = OFF')
      try {
        return await interactiveTransaction(db)(work)
      } finally {
        sqlite.pragma('synchronous = NORMAL')
      }
    },
    insertRecords: sqliteInsertRecords(sqlite),
    // Re-analyses only the tables whose size changed enough since the last run (SQLite docs).
    afterBulkWrite: async () => {
      sqlite.pragma('optimize')
    },
    ...(config.now ? { now: config.now } : {}),
    ...(checkpointer && { onClose: checkpointer.stop }),
  })
}
