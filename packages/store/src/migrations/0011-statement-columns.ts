// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import { statementColumns } from '../stats-columns.ts'
import { deriveColumns } from './derive-columns.ts'

/**
 * What `/v1/stats` groups statements by: the named speaker and the channel, as columns so that a
 * grouped count need not parse each row's JSON. Statements stored before this migration are
 * derived here, from their JSON, by today's rules (stats-columns.ts); should those rules change, a
 * later migration derives them again.
 */
export const addStatementColumns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('records').addColumn('speaker_id', 'text').execute()
    await db.schema.alterTable('records').addColumn('channel', 'text').execute()
    await deriveColumns(db, ['statement'], statementColumns)
  },
}
