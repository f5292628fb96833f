import { type Kysely, Migrator } from 'kysely'
import type { Database } from '../database.ts'
import { migrationsFor } from '../migrations/index.ts'

/** A SQLite database as an older release left it: migrated up to `last` and no further. */
export const migrateUpTo = async (db: Kysely<Database>, last: string): Promise<void> => {
  const before = Object.fromEntries(
    Object.entries(migrationsFor('sqlite')).filter(([name]) => name <= last),
  )
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => before },
  }).migrateToLatest()
  if (error) throw error
}
