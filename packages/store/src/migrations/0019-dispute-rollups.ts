// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * `/v1/disputes` counts its facts by kind and fact name over the whole filter; at a million
 * records that walked every dispute and looked up its record (~8 s cold). This table holds the
 * count per day, kind and fact name, a few thousand rows, kept by every write as the stats
 * rollups are. Filling it for the records already stored is the `dispute_rollups` derive step.
 */
export const addDisputeRollups = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    let create: CreateTableBuilder<string, string> = db.schema
      .createTable('stats_dispute_days')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fact', 'text', (c) => c.notNull())
      .addColumn('disputes', 'bigint', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('stats_dispute_days_pk', ['day', 'kind', 'fact'])
    if (family === 'sqlite') create = create.modifyEnd(sql`without rowid`)
    await create.execute()
  },
})
