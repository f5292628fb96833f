// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * `evidence` copied every claim (quote, value, asserter) out of the record's JSON, yet only its
 * (source, record) pairs were ever read: for the source filter and for finding a dataset's
 * earlier records. Those pairs now stand alone, once per source a record cites. At a million
 * records the copies were a sixth of the file and the slowest part of an import.
 * On SQLite the pairs are the table (WITHOUT ROWID): one b-tree instead of a rowid table plus an
 * index holding the same key.
 */
export const addRecordSources = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    if (family === 'sqlite') {
      await sql`create table record_sources (
        source_id text not null,
        record_id text not null references records (id),
        primary key (source_id, record_id)
      ) without rowid`.execute(db)
    } else {
      await db.schema
        .createTable('record_sources')
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
        .addPrimaryKeyConstraint('record_sources_pk', ['source_id', 'record_id'])
        .execute()
    }
    // A record's rewrite deletes its pairs by record.
    await db.schema
      .createIndex('record_sources_by_record')
      .on('record_sources')
      .column('record_id')
      .execute()
    await sql`insert into record_sources (source_id, record_id)
      select distinct source_id, record_id from evidence`.execute(db)
    await db.schema.dropTable('evidence').execute()
  },
})
