import { SitrepRecord } from '@sitrep/domain'
import { insertMany } from '../queries/insert-many.ts'
import { facetRows } from '../record-facets.ts'
import type { DeriveStep } from './derive-step.ts'
import { forEachSeqWindow } from './seq-windows.ts'

/**
 * The facet values (0018) of the records already stored, by the same `facetRows` the write path
 * uses. A window's rows are replaced whole, so the step can run again after the rules change
 * (bump the version) and after an interrupted run.
 */
export const recordFacetsStep: DeriveStep = {
  name: 'record_facets',
  version: '1',
  run: (db, context) =>
    forEachSeqWindow(db, context, async (trx, after, through) => {
      const rows = await trx
        .selectFrom('records')
        .select(['records.id', 'records.doc'])
        .where('records.seq', '>', after)
        .where('records.seq', '<=', through)
        .execute()
      const facets = rows.flatMap((row) => facetRows(SitrepRecord.parse(JSON.parse(row.doc))))
      await trx
        .deleteFrom('record_facets')
        .where('record_facets.record_id', 'in', (eb) =>
          eb
            .selectFrom('records')
            .select('records.id')
            .where('records.seq', '>', after)
            .where('records.seq', '<=', through),
        )
        .execute()
      await insertMany(trx, 'record_facets', facets)
    }),
}
