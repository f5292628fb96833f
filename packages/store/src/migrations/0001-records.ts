// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

export const createRecords = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('records')
      .addColumn('seq', family === 'postgres' ? 'serial' : 'integer', (c) =>
        family === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text')
      .addColumn('stage', 'text')
      .addColumn('category', 'text')
      .addColumn('date_start', 'text')
      .addColumn('date_end', 'text')
      .addColumn('sort_date', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute()
    // Live records only: tombstones never appear in lists, so they need not cost index space.
    await db.schema
      .createIndex('records_by_date')
      .on('records')
      .columns(['sort_date', 'id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute()
    await db.schema
      .createIndex('records_by_kind_date')
      .on('records')
      .columns(['kind', 'sort_date', 'id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute()

    const recordRef = (c: any) => c.notNull().references('records.id')
    await db.schema
      .createTable('record_places')
      .addColumn('record_id', 'text', recordRef)
      .addColumn('place_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_places_pk', ['record_id', 'place_id'])
      .execute()
    await db.schema
      .createIndex('record_places_by_place')
      .on('record_places')
      .columns(['place_id', 'record_id'])
      .execute()

    await db.schema
      .createTable('record_actors')
      .addColumn('record_id', 'text', recordRef)
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_actors_pk', ['record_id', 'actor_id'])
      .execute()
    await db.schema
      .createIndex('record_actors_by_actor')
      .on('record_actors')
      .columns(['actor_id', 'record_id'])
      .execute()

    await db.schema
      .createTable('evidence')
      .addColumn('record_id', 'text', recordRef)
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('evidence_id', 'text', (c) => c.notNull())
      .addColumn('fact', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('quote', 'text', (c) => c.notNull())
      .addColumn('asserter_actor_id', 'text')
      .addColumn('attribution', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('evidence_pk', ['record_id', 'ordinal'])
      .execute()
    await db.schema
      .createIndex('evidence_by_source')
      .on('evidence')
      .columns(['source_id', 'record_id'])
      .execute()

    await db.schema
      .createTable('revisions')
      .addColumn('record_id', 'text', recordRef)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('revisions_pk', ['record_id', 'version'])
      .execute()

    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('actors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('places')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('place_ancestors')
      .addColumn('place_id', 'text', (c) => c.notNull())
      .addColumn('ancestor_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('place_ancestors_pk', ['ancestor_id', 'place_id'])
      .execute()
    await db.schema
      .createTable('store_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute()
  },
})
