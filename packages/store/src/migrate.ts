import { type Kysely, Migrator } from 'kysely'
import type { Database } from './database.ts'
import { migrationsFor, type SqlFamily } from './migrations/index.ts'
import type { OnUpgrade } from './upgrade-event.ts'

/**
 * Brings the schema up to date; run at every open, a no-op when nothing is pending. `onUpgrade`
 * hears of the pending migrations before they run when the database had older ones (an upgrade
 * rather than a new file). Filling columns from records is not a migration's job: the derive
 * steps run after this (`src/derive/`).
 */
export const migrateToLatest = async (
  db: Kysely<Database>,
  family: SqlFamily,
  onUpgrade?: OnUpgrade,
): Promise<void> => {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(family) },
  })
  if (onUpgrade) {
    const known = await migrator.getMigrations()
    const pending = known.filter((m) => m.executedAt === undefined).map((m) => m.name)
    if (pending.length > 0 && pending.length < known.length)
      onUpgrade({ phase: 'migrate', pending })
  }
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed`, { cause: error })
  }
}
