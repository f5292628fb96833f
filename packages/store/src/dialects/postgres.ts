import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from '../database.ts'
import { deriveToLatest } from '../derive/derive-to-latest.ts'
import { createKyselyStore } from '../kysely-store.ts'
import { migrateToLatest } from '../migrate.ts'
import { postgresSearch } from '../search/postgres-search.ts'
import type { Store } from '../store.ts'
import { interactiveTransaction } from '../transaction.ts'
import type { OnUpgrade } from '../upgrade-event.ts'
import { refusingCancelledReads, unbudgetedTransaction } from './postgres-budget.ts'

export interface PostgresStoreConfig {
  /** postgres://user@host:port/database */
  url: string
  /** Pool size; the default suits one API process. */
  maxConnections?: number
  /**
   * A read running longer is cancelled by the server and refused as Overloaded('budget');
   * writes are exempt. Unset: no limit.
   */
  queryBudgetMs?: number
  /** Told what an older database is about to get, and how deriving columns advances. */
  onUpgrade?: OnUpgrade
  now?: () => Date
}

export const openPostgresStore = async (config: PostgresStoreConfig): Promise<Store> => {
  const budget = config.queryBudgetMs
  await upgradeUnbudgeted(config.url, config.onUpgrade)
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.maxConnections ?? 10,
    ...(budget !== undefined && { statement_timeout: budget }),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const transact = budget === undefined ? interactiveTransaction(db) : unbudgetedTransaction(db)
  const store = createKyselyStore({
    engine: 'postgres',
    db,
    search: postgresSearch,
    transact,
    ...(config.now ? { now: config.now } : {}),
  })
  return budget === undefined ? store : refusingCancelledReads(store, budget)
}

/**
 * Migrating and deriving read and write whole tables, longer than any request's budget: they run
 * on connections of their own, without the serving pool's statement_timeout.
 */
const upgradeUnbudgeted = async (url: string, onUpgrade: OnUpgrade | undefined) => {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
  })
  try {
    await migrateToLatest(db, 'postgres', onUpgrade)
    await deriveToLatest(db, { transact: interactiveTransaction(db), onUpgrade })
  } finally {
    await db.destroy()
  }
}
