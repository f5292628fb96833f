import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../database.ts'
import { migrateToLatest } from '../migrate.ts'
import { type StoreContext, storeContext } from '../parts/context.ts'
import { sqliteSearch } from '../search/sqlite-search.ts'
import { interactiveTransaction } from '../transaction.ts'

/** A migrated in-memory SQLite database as the parts see it, for building one part alone. */
export const sqliteContext = async (now: () => Date): Promise<StoreContext> => {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
  })
  await migrateToLatest(db, 'sqlite')
  return storeContext({
    engine: 'sqlite',
    db,
    search: sqliteSearch,
    transact: interactiveTransaction(db),
    now,
  })
}
