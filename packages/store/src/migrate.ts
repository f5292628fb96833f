import { type Kysely, Migrator } from 'kysely'
import type { Database } from './database.ts'
import { migrationsFor, type SqlFamily } from './migrations/index.ts'

/** Brings the schema up to date; run at every open, a no-op when nothing is pending. */
export const migrateToLatest = async (db: Kysely<Database>, family: SqlFamily): Promise<void> => {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(family) },
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed`, { cause: error })
  }
}
