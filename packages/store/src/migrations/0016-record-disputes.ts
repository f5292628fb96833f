// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * `/v1/disputes` found disputes by reading records a page at a time and keeping the disputed
 * ones, so its first page could be empty with a next cursor. This table lists each disputed fact
 * (record, fact name, scope key) with the record's kind and sort date, written with the record;
 * the list pages through its (sort_date, record_id, fact, fact_key) index newest first. Filling
 * it for the records already stored is the `record_disputes` derive step, which runs today's
 * dispute rules; this migration only makes the table.
 */
export const addRecordDisputes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('record_disputes')
      .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
      .addColumn('fact', 'text', (c) => c.notNull())
      .addColumn('fact_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sort_date', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_disputes_pk', ['record_id', 'fact', 'fact_key'])
      .execute()
    await db.schema
      .createIndex('record_disputes_by_date')
      .on('record_disputes')
      .columns(['sort_date', 'record_id', 'fact', 'fact_key'])
      .execute()
    await db.schema
      .createIndex('record_disputes_by_kind_date')
      .on('record_disputes')
      .columns(['kind', 'sort_date', 'record_id', 'fact', 'fact_key'])
      .execute()
  },
}
