// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import { statsColumns } from '../stats-columns.ts'
import { deriveColumns } from './derive-columns.ts'
import type { SqlFamily } from './sql-family.ts'

/**
 * What `/v1/stats` sums: casualty ceilings per attack, an aid record's least euro value and its
 * donors. Records stored before this migration are derived here, from their JSON, by today's
 * rules (stats-columns.ts): should those rules change, a later migration derives them again.
 */
export const addStatsColumns = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const real = family === 'postgres' ? 'double precision' : 'real'
    await db.schema.alterTable('records').addColumn('killed_high', 'integer').execute()
    await db.schema.alterTable('records').addColumn('injured_high', 'integer').execute()
    await db.schema.alterTable('records').addColumn('eur_floor', real).execute()
    await db.schema.alterTable('records').addColumn('donors', 'text').execute()
    await deriveColumns(db, ['attack', 'aid'], statsColumns)
  },
})
