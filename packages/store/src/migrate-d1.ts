import { type Kysely, type Migration, sql } from 'kysely'
import type { Database } from './database.ts'
import { migrationsFor } from './migrations/index.ts'
import type { OnUpgrade } from './upgrade-event.ts'

/**
 * Kysely's Migrator finds its table through SQLite introspection, which D1 refuses
 * (SQLITE_AUTH). This runs the same static migrations in name order and records each in its own
 * table. D1 serialises writes to one database, so no lock is needed beyond the primary key.
 * `migrations` is for tests that make a database as an older release left it.
 */
export const migrateD1ToLatest = async (
  db: Kysely<Database>,
  onUpgrade?: OnUpgrade,
  migrations: Record<string, Migration> = migrationsFor('sqlite'),
): Promise<void> => {
  await sql`create table if not exists sitrep_migrations (name text primary key, executed_at text not null)`.execute(
    db,
  )
  const done = new Set(
    (await sql<{ name: string }>`select name from sitrep_migrations`.execute(db)).rows.map(
      (r) => r.name,
    ),
  )
  const ordered = Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b))
  const pending = ordered.filter(([name]) => !done.has(name)).map(([name]) => name)
  if (onUpgrade && done.size > 0 && pending.length > 0) onUpgrade({ phase: 'migrate', pending })
  for (const [name, migration] of ordered) {
    if (done.has(name)) continue
    await migration.up(db)
    await sql`insert into sitrep_migrations (name, executed_at) values (${name}, ${new Date().toISOString()})`.execute(
      db,
    )
  }
}
