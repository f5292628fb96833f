// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'

/**
 * What `/v1/stats` groups statements by: the named speaker and the channel, as columns so that a
 * grouped count need not parse each row's JSON. The columns are filled from each statement's
 * JSON by the `statement_columns` derive step (`src/derive/`), which runs after migrating.
 * (Until 6 Dec 2026 this migration derived them itself; databases it ran on are derived again
 * once by the step.)
 */
export const addStatementColumns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('records').addColumn('speaker_id', 'text').execute()
    await db.schema.alterTable('records').addColumn('channel', 'text').execute()
  },
}
