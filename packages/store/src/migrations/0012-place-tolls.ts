// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import { retollAttackPlaces } from '../queries/enclosing-places.ts'

/**
 * Attacks per region summed each attack's whole toll into every region it touched: "two dead
 * nationwide" over Kyiv, Kharkiv and Ivano-Frankivsk counted two in each. Each place row now
 * holds the part of the toll known to lie inside that place; rows stored before this migration
 * are derived here from their attacks' JSON by today's rules (place-rows.ts).
 */
export const addPlaceTolls: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('record_places').addColumn('killed_low', 'integer').execute()
    await db.schema.alterTable('record_places').addColumn('injured_low', 'integer').execute()
    await retollAttackPlaces(db)
  },
}
