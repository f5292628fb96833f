// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * What `/v1/stats` sums: casualty ceilings per attack, an aid record's least euro value and its
 * donors. The columns are filled from each record's JSON by the `stats_columns` derive step
 * (`src/derive/`), which runs after migrating: a migration must not run today's rules.
 * (Until 6 Dec 2026 this migration derived them itself; databases it ran on are derived again
 * once by the step.)
 */
export const addStatsColumns = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const real = family === 'postgres' ? 'double precision' : 'real'
    await db.schema.alterTable('records').addColumn('killed_high', 'integer').execute()
    await db.schema.alterTable('records').addColumn('injured_high', 'integer').execute()
    await db.schema.alterTable('records').addColumn('eur_floor', real).execute()
    await db.schema.alterTable('records').addColumn('donors', 'text').execute()
  },
})
