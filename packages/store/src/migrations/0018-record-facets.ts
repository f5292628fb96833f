// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * Lists count their matches by attacker, weapon class and dataset beside the page, and filter on
 * them; those values sit inside each record's JSON. This table holds them one row per value,
 * written with the record: a facet reads it by record id (the key), a filter by value. Filling it
 * for the records already stored is the `record_facets` derive step.
 */
export const addRecordFacets: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('record_facets')
      .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_facets_pk', ['record_id', 'facet', 'value'])
      .execute()
    await db.schema
      .createIndex('record_facets_by_value')
      .on('record_facets')
      .columns(['facet', 'value', 'record_id'])
      .execute()
  },
}
