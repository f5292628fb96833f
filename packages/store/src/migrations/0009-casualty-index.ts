// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'

/**
 * Replaces the (kind, sort_date, id) index with one that also covers the per-day casualty
 * aggregate: a year of attacks at a million records is a hundred thousand rows, too many to
 * fetch from the table one by one. Lists keep their order from the same leading columns.
 */
export const addCasualtyIndex: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('records_casualties_by_kind_date')
      .on('records')
      .columns(['kind', 'sort_date', 'id', 'date_end', 'killed_low', 'injured_low'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute()
    await db.schema.dropIndex('records_by_kind_date').execute()
  },
}
