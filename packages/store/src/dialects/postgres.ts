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

export interface PostgresStoreConfig {
  /** postgres://user@host:port/database */
  url: string
  /** Pool size; the default suits one API process. */
  maxConnections?: number
  /** Told what an older database is about to get, and how deriving columns advances. */
  onUpgrade?: OnUpgrade
  now?: () => Date
}

export const openPostgresStore = async (config: PostgresStoreConfig): Promise<Store> => {
  const pool = new pg.Pool({ connectionString: config.url, max: config.maxConnections ?? 10 })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  await migrateToLatest(db, 'postgres', config.onUpgrade)
  await deriveToLatest(db, { transact: interactiveTransaction(db), onUpgrade: config.onUpgrade })
  return createKyselyStore({
    engine: 'postgres',
    db,
    search: postgresSearch,
    transact: interactiveTransaction(db),
    ...(config.now ? { now: config.now } : {}),
  })
}
