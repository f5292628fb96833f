import { type RecordKind, SitrepRecord } from '@sitrep/domain'
import type { Updateable } from 'kysely'
import type { RecordsTable } from '../tables/records.table.ts'
import type { DeriveStep } from './derive-step.ts'
import { forEachSeqWindow } from './seq-windows.ts'

/**
 * A step that writes some of a record's columns again from its JSON, for the records of `kinds`:
 * the same functions the write path uses (`toRecordRows`), so a derived row equals a written one.
 */
export const recordColumnsStep = (
  step: { name: string; version: string; kinds: readonly RecordKind[] },
  columns: (record: SitrepRecord) => Updateable<RecordsTable>,
): DeriveStep => ({
  name: step.name,
  version: step.version,
  run: (db, context) =>
    forEachSeqWindow(db, context, async (trx, after, through) => {
      const rows = await trx
        .selectFrom('records')
        .select(['records.id', 'records.doc'])
        .where('records.seq', '>', after)
        .where('records.seq', '<=', through)
        .where('records.kind', 'in', step.kinds)
        .execute()
      for (const row of rows)
        await trx
          .updateTable('records')
          .set(columns(SitrepRecord.parse(JSON.parse(row.doc))))
          .where('records.id', '=', row.id)
          .execute()
    }),
})
