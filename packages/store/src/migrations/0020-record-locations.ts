// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * A record's location (a point, its precision and origin) beside the places it names, and a map
 * of every matching event rather than the page. One row per live record with a location, written
 * with the record; the covering index lets a map count a kind's events per grid cell and region
 * in index order, without reading a record. Filling it for the records already stored is the
 * `record_locations` derive step.
 */
export const addRecordLocations = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const real = family === 'postgres' ? 'double precision' : 'real'
    await db.schema
      .createTable('record_locations')
      .addColumn('record_id', 'text', (c) => c.primaryKey().references('records.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date_start', 'text')
      .addColumn('date_end', 'text')
      .addColumn('lat', real, (c) => c.notNull())
      .addColumn('lon', real, (c) => c.notNull())
      .addColumn('precision', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('place_id', 'text')
      .addColumn('region_id', 'text')
      .addColumn('cell', 'integer')
      .addColumn('attacker_id', 'text')
      .execute()
    await db.schema
      .createIndex('record_locations_map')
      .on('record_locations')
      .columns(['kind', 'cell', 'region_id', 'place_id', 'date_start', 'date_end', 'attacker_id'])
      .execute()
  },
})
