// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * Actors an editor adds at ingest live beside the shipped dictionary: `added_by` names who added
 * one (null for the shipped entries), so reloading the shipped dictionary keeps them.
 */
export const addActorOrigin: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('actors').addColumn('added_by', 'text').execute()
  },
}
