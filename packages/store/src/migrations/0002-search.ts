// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * The full-text index, the one table whose shape differs by engine: FTS5 rows keyed by the
 * record's `seq` on SQLite, a tsvector column with a GIN index on PostgreSQL. The porter stemmer
 * and PostgreSQL's english configuration both make "drones" find "drone".
 */
export const createSearch = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    if (family === 'sqlite') {
      await sql`create virtual table record_search using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
        db,
      )
      return
    }
    await db.schema
      .createTable('record_search')
      .addColumn('record_id', 'text', (c) => c.primaryKey().references('records.id'))
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .execute()
    await sql`create index record_search_document on record_search using gin (document)`.execute(db)
  },
})
