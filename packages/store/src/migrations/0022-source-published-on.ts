// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * A record whose article gives no date is never found by a date window, so an ingest could not
 * offer it as the same event as a dated report of another outlet. The day its source appeared
 * is the one date such a record has: this column holds it, indexed, so the records an ingest
 * may duplicate are found by the day their sources were published. Filling it for the sources
 * already stored is the `source_identity` derive step.
 */
export const addSourcePublishedOn: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('sources').addColumn('published_on', 'text').execute()
    await db.schema
      .createIndex('sources_by_published_on')
      .on('sources')
      .columns(['published_on', 'id'])
      .execute()
  },
}
