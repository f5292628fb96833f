// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import { sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * A global order of writes for the change feed (`/v1/stream`). SQLite (and D1) already number
 * every row of `revisions` with its rowid; PostgreSQL gets an identity column, which numbers the
 * existing rows too.
 */
export const addChangeFeed = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    if (family === 'postgres') {
      await sql`alter table revisions add column seq bigint generated always as identity`.execute(
        db,
      )
      await db.schema.createIndex('revisions_seq').on('revisions').column('seq').unique().execute()
    }
  },
})
