import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from '../database.ts'
import { deriveSourceIdentity } from '../derive-source-identity.ts'
import { createKyselyStore } from '../kysely-store.ts'
import { migrateToLatest } from '../migrate.ts'
import { postgresSearch } from '../search/postgres-search.ts'
import type { Store } from '../store.ts'
import { interactiveTransaction } from '../transaction.ts'

export interface PostgresStoreConfig {
  /** postgres://user@host:port/database */
  url: string
  /** Pool size; the default suits one API process. */
  maxConnections?: number
  /** Told which migrations an older database is about to get (see migrateToLatest). */
  onUpgrade?: (pending: string[]) => void
  now?: () => Date
}

export const openPostgresStore = async (config: PostgresStoreConfig): Promise<Store> => {
  const pool = new pg.Pool({ connectionString: config.url, max: config.maxConnections ?? 10 })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  await migrateToLatest(db, 'postgres', config.onUpgrade)
  await interactiveTransaction(db)(deriveSourceIdentity)
  return createKyselyStore({
    engine: 'postgres',
    db,
    search: postgresSearch,
    transact: interactiveTransaction(db),
    ...(config.now ? { now: config.now } : {}),
  })
}
