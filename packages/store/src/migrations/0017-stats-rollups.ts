// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

const counters = (names: readonly string[]) => names.map((name) => [name, 'bigint'] as const)

/** Rollup tables: their key columns, text, and their counters. */
const ROLLUPS: readonly {
  table: string
  keys: readonly string[]
  counters: readonly (readonly [string, 'bigint' | 'real'])[]
}[] = [
  {
    table: 'stats_attack_days',
    keys: ['day'],
    counters: counters([
      'attacks',
      'killed_low',
      'killed_high',
      'killed_open',
      'injured_low',
      'injured_high',
      'injured_open',
    ]),
  },
  {
    table: 'stats_attack_regions',
    keys: ['day', 'place_id'],
    counters: counters(['attacks', 'killed_low', 'injured_low']),
  },
  {
    table: 'stats_air_war',
    keys: ['day', 'attacker_id', 'weapon_class'],
    counters: counters(['launched', 'intercepted']),
  },
  {
    table: 'stats_aid',
    keys: ['day', 'category', 'stage'],
    counters: [...counters(['records']), ['eur', 'real']],
  },
  // The day's week (its Monday) and month (its 1st) beside it: the aid series, a row per donor
  // and stage, is summed per bucket by the database, not a row per day sent to be summed.
  {
    table: 'stats_aid_donors',
    keys: ['day', 'week', 'month', 'donor_id', 'stage'],
    counters: [...counters(['records']), ['eur', 'real']],
  },
  { table: 'stats_talks', keys: ['day', 'status'], counters: counters(['talks']) },
  // Speakers and channels apart: the figures never cross them, and a day holds ~100 pairs.
  {
    table: 'stats_statement_speakers',
    keys: ['day', 'speaker_id'],
    counters: counters(['statements']),
  },
  {
    table: 'stats_statement_channels',
    keys: ['day', 'channel'],
    counters: counters(['statements']),
  },
]

/**
 * `/v1/stats` for a year at a million records grouped ~100k rows per request, per region through
 * a join (p50 ~3 s uncached). These tables hold its figures summed per day, so a year reads a
 * few thousand rows; every write keeps them in its own transaction. `record_air_war` holds each
 * attack's launched and intercepted counts by weapon class, which no column held. Filling them
 * from the records already stored is the `stats_rollups` derive step (today's rules); this
 * migration only makes the tables.
 */
export const addStatsRollups = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const real = family === 'postgres' ? 'double precision' : 'real'
    for (const { table, keys, counters } of ROLLUPS) {
      let create: CreateTableBuilder<string, string> = db.schema.createTable(table)
      for (const key of keys) create = create.addColumn(key, 'text', (c) => c.notNull())
      for (const [name, type] of counters)
        create = create.addColumn(name, type === 'real' ? real : 'bigint', (c) =>
          c.notNull().defaultTo(0),
        )
      create = create.addPrimaryKeyConstraint(`${table}_pk`, [...keys])
      // Rows kept in key order: a range of days is one contiguous read, no lookup per row.
      if (family === 'sqlite') create = create.modifyEnd(sql`without rowid`)
      await create.execute()
    }
    await db.schema
      .createTable('record_air_war')
      .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
      .addColumn('attacker_id', 'text', (c) => c.notNull())
      .addColumn('weapon_class', 'text', (c) => c.notNull())
      .addColumn('launched', 'bigint', (c) => c.notNull())
      .addColumn('intercepted', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_air_war_pk', ['record_id', 'weapon_class'])
      .execute()
  },
})
