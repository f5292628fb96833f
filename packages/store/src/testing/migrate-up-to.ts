import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import type { Database } from '../database.ts'
import { migrationsFor } from '../migrations/index.ts'

/** A SQLite database as an older release left it: migrated up to `last` and no further. */
export const migratedUpTo = async (last: string): Promise<Kysely<Database>> => {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
  })
  const before = Object.fromEntries(
    Object.entries(migrationsFor('sqlite')).filter(([name]) => name <= last),
  )
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => before },
  }).migrateToLatest()
  if (error) {
    await db.destroy()
    throw error
  }
  return db
}
