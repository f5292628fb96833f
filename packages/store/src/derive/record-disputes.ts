import { SitrepRecord } from '@sitrep/domain'
import { disputeRows } from '../mappers.ts'
import { insertMany } from '../queries/insert-many.ts'
import type { DeriveStep } from './derive-step.ts'
import { forEachSeqWindow } from './seq-windows.ts'

/**
 * The disputes index (0016): each record's disputed facts, by the domain's dispute rules and the
 * same `disputeRows` the write path uses. A window's rows are replaced whole, so the step can run
 * again after the rules change (bump the version) and after an interrupted run.
 */
export const recordDisputesStep: DeriveStep = {
  name: 'record_disputes',
  version: '1',
  run: (db, context) =>
    forEachSeqWindow(db, context, async (trx, after, through) => {
      const rows = await trx
        .selectFrom('records')
        .select(['records.id', 'records.doc', 'records.sort_date'])
        .where('records.seq', '>', after)
        .where('records.seq', '<=', through)
        .execute()
      const disputes = rows.flatMap((row) =>
        disputeRows(SitrepRecord.parse(JSON.parse(row.doc)), row.sort_date),
      )
      await trx
        .deleteFrom('record_disputes')
        .where('record_disputes.record_id', 'in', (eb) =>
          eb
            .selectFrom('records')
            .select('records.id')
            .where('records.seq', '>', after)
            .where('records.seq', '<=', through),
        )
        .execute()
      await insertMany(trx, 'record_disputes', disputes)
    }),
}
