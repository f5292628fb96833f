// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * Casualty floors per attack, so the per-day aggregate is a plain SUM over indexed rows rather
 * than JSON read out of every record's evidence.
 */
export const addCasualties: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('records').addColumn('killed_low', 'integer').execute()
    await db.schema.alterTable('records').addColumn('injured_low', 'integer').execute()
  },
}
