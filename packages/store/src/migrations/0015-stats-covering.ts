// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'

/**
 * `/v1/stats` for a year at a million records read each attack's ceilings, and each aid,
 * talk and statement row's grouping columns, from the table one row at a time (~100k lookups).
 * These indexes hold every column those grouped counts read, so each is answered from an index
 * range alone; lists keep their order from the same leading columns. `deleted_at` is a column as
 * well as the condition: SQLite counts a partial index as covering only when it holds every
 * column the query names, its own WHERE included.
 */
export const addStatsCovering: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('records_attack_figures_by_kind_date')
      .on('records')
      .columns([
        'kind',
        'sort_date',
        'id',
        'date_end',
        'date_start',
        'killed_low',
        'killed_high',
        'injured_low',
        'injured_high',
        'deleted_at',
      ])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute()
    await db.schema.dropIndex('records_casualties_by_kind_date').execute()
    await db.schema
      .createIndex('records_groupings_by_kind_date')
      .on('records')
      .columns([
        'kind',
        'sort_date',
        'date_end',
        'status',
        'donors',
        'category',
        'stage',
        'eur_floor',
        'speaker_id',
        'channel',
        'deleted_at',
      ])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute()
    // A region's share of each attack's toll, read beside the attack without a table lookup.
    await db.schema
      .createIndex('record_places_tolls_by_record')
      .on('record_places')
      .columns(['record_id', 'place_id', 'killed_low', 'injured_low'])
      .execute()
  },
}
