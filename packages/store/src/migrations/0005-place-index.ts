// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * Region filters become one index range: record_places gains the enclosing places of every place
 * a record names, plus the record's kind and sort date. records gains its date span, so a date
 * window can bound the sort-date index from below (a record starting before `from` overlaps it
 * only if its span reaches `from`).
 */
export const addPlaceIndex = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('record_places')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema
      .alterTable('record_places')
      .addColumn('sort_date', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema
      .alterTable('record_places')
      .addColumn('direct', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
    await sql`update record_places set
      kind = (select r.kind from records r where r.id = record_places.record_id),
      sort_date = (select r.sort_date from records r where r.id = record_places.record_id)`.execute(
      db,
    )
    await sql`insert into record_places (record_id, place_id, kind, sort_date, direct)
      select distinct rp.record_id, pa.ancestor_id, rp.kind, rp.sort_date, 0
      from record_places rp join place_ancestors pa on pa.place_id = rp.place_id
      where pa.ancestor_id <> rp.place_id
      on conflict do nothing`.execute(db)
    await db.schema
      .createIndex('record_places_by_place_kind_date')
      .on('record_places')
      .columns(['place_id', 'kind', 'sort_date', 'record_id'])
      .execute()
    await db.schema.dropIndex('record_places_by_place').execute()

    await db.schema.alterTable('records').addColumn('date_span', 'integer').execute()
    const days =
      family === 'postgres'
        ? sql`(date_end::date - date_start::date)`
        : sql`cast(julianday(date_end) - julianday(date_start) as integer)`
    await sql`update records set date_span = ${days} where date_start is not null`.execute(db)
    await db.schema
      .createIndex('records_by_kind_span')
      .on('records')
      .columns(['kind', 'date_span'])
      .execute()
  },
})
