// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * A map of every attack at a million records walked half a million index entries (0020); this
 * rollup holds the same counts per month, kept by every write, so whole months are a few
 * thousand rows and only a range's partial months read `record_locations`, through the new
 * (kind, date_start) index. Keys use '' and -1 for "none" (a key column cannot be null on
 * PostgreSQL). Filled for stored records by the `map_months` derive step.
 */
export const addMapMonths: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('map_months')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('cell', 'integer', (c) => c.notNull())
      .addColumn('region_id', 'text', (c) => c.notNull())
      .addColumn('place_id', 'text', (c) => c.notNull())
      .addColumn('attacker_id', 'text', (c) => c.notNull())
      .addColumn('n', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('map_months_pk', [
        'kind',
        'month',
        'cell',
        'region_id',
        'place_id',
        'attacker_id',
      ])
      .execute()
    await db.schema
      .createIndex('record_locations_by_date')
      .on('record_locations')
      .columns(['kind', 'date_start', 'date_end', 'cell', 'region_id', 'place_id', 'attacker_id'])
      .execute()
  },
}
