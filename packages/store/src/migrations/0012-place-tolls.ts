// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * Attacks per region summed each attack's whole toll into every region it touched: "two dead
 * nationwide" over Kyiv, Kharkiv and Ivano-Frankivsk counted two in each. Each place row now
 * holds the part of the toll known to lie inside that place; the `place_tolls` derive step
 * (`src/derive/`) fills them from the attacks' JSON after migrating. (Until 6 Dec 2026 this
 * migration derived them itself; databases it ran on are derived again once by the step.)
 */
export const addPlaceTolls: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('record_places').addColumn('killed_low', 'integer').execute()
    await db.schema.alterTable('record_places').addColumn('injured_low', 'integer').execute()
  },
}
