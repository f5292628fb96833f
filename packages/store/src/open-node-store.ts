import { join } from 'node:path'
import type { WriteGateBuffer } from './dialects/sqlite-write-gate.ts'
import { readPostgresUrl } from './postgres-url.ts'
import type { Store } from './store.ts'
import type { OnUpgrade } from './upgrade-event.ts'

export interface NodeStoreConfig {
  /** `postgres://…` switches to PostgreSQL; anything else (or nothing) means embedded SQLite. */
  databaseUrl?: string | undefined
  /** Where the SQLite file lives; the design card's default is ./data. */
  dataDir?: string | undefined
  /**
   * SQLite only: worker threads answering the data-sized reads (see read-pool), 0 or unset for
   * none. A server wants them; a command line that reads once does not.
   */
  readThreads?: number | undefined
  /**
   * A read running longer than this is refused (Overloaded): on SQLite with read threads, on
   * PostgreSQL by the server's statement_timeout.
   */
  queryBudgetMs?: number | undefined
  /**
   * SQLite only: checkpoint the WAL on a thread of its own so that no write pays for it (see
   * dialects/sqlite-checkpointer). A server wants it; a command line that writes once does not.
   */
  checkpointThread?: boolean | undefined
  /** Told what an older database is about to get, and how deriving advances: the app says it. */
  onUpgrade?: OnUpgrade | undefined
  /**
   * SQLite only: the write gate this store shares with the webhook delivery thread's connection
   * (see dialects/sqlite-write-gate); this store's writes go first.
   */
  writeGate?: WriteGateBuffer | undefined
}

const isPostgresUrl = (url: string | undefined): url is string =>
  url !== undefined && /^postgres(ql)?:\/\//.test(url)

/** Where the store lives, safe to print: no password. */
export const describeDatabase = (config: NodeStoreConfig): string => {
  if (isPostgresUrl(config.databaseUrl)) {
    const { host, port, database } = readPostgresUrl(config.databaseUrl)
    return `PostgreSQL ${host.startsWith('/') ? host : `${host}:${port}`}/${database}`
  }
  return `SQLite ${join(config.dataDir ?? 'data', 'sitrep.db')}`
}

/**
 * The store a Node entry (API server, CLI, benchmarks) opens from its configuration. Each driver
 * is imported only when chosen, so SQLite users never load pg and the reverse.
 */
export const openNodeStore = async (config: NodeStoreConfig): Promise<Store> => {
  if (isPostgresUrl(config.databaseUrl)) {
    const { openPostgresStore } = await import('./dialects/postgres.ts')
    return openPostgresStore({
      url: config.databaseUrl,
      ...(config.queryBudgetMs !== undefined && { queryBudgetMs: config.queryBudgetMs }),
      ...(config.onUpgrade && { onUpgrade: config.onUpgrade }),
    })
  }
  const { openSqliteStore } = await import('./dialects/sqlite.ts')
  const file = join(config.dataDir ?? 'data', 'sitrep.db')
  const store = await openSqliteStore({
    file,
    ...(config.onUpgrade && { onUpgrade: config.onUpgrade }),
    ...(config.checkpointThread && { checkpointThread: true }),
    ...(config.writeGate && { writeGate: { buffer: config.writeGate, yields: false } }),
  })
  if (!config.readThreads) return store
  const { withSqliteReadPool } = await import('./read-pool/read-pool.ts')
  const pooled = withSqliteReadPool(store, {
    file,
    threads: config.readThreads,
    ...(config.queryBudgetMs !== undefined && { budgetMs: config.queryBudgetMs }),
  })
  await pooled.ready
  return pooled.store
}

export { newWriteGateBuffer, type WriteGateBuffer } from './dialects/sqlite-write-gate.ts'
export { readPostgresUrl } from './postgres-url.ts'
