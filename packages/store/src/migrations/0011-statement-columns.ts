// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { SitrepRecord } from '@sitrep/domain'
import type { Kysely, Migration } from 'kysely'
import { statementColumns } from '../stats-columns.ts'

/**
 * What `/v1/stats` groups statements by: the named speaker and the channel, as columns so that a
 * grouped count need not parse each row's JSON. Statements stored before this migration are
 * derived here, from their JSON, by today's rules (stats-columns.ts), in batches by seq as 0008
 * does; should those rules change, a later migration derives them again.
 */
export const addStatementColumns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('records').addColumn('speaker_id', 'text').execute()
    await db.schema.alterTable('records').addColumn('channel', 'text').execute()
    let after = -1
    for (;;) {
      const rows: { seq: number; id: string; doc: string }[] = await db
        .selectFrom('records')
        .select(['seq', 'id', 'doc'])
        .where('kind', '=', 'statement')
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(500)
        .execute()
      if (rows.length === 0) break
      for (const row of rows) {
        await db
          .updateTable('records')
          .set(statementColumns(SitrepRecord.parse(JSON.parse(row.doc))))
          .where('id', '=', row.id)
          .execute()
        after = row.seq
      }
    }
  },
}
