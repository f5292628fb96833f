import { SitrepRecord } from '@sitrep/domain'
import { locationRow } from '../map/location-row.ts'
import { insertMany } from '../queries/insert-many.ts'
import { dateHull } from '../record-index.ts'
import type { DeriveStep } from './derive-step.ts'
import { forEachSeqWindow } from './seq-windows.ts'

/**
 * The locations (0020) of the live records already stored, by the same `locationRow` the write
 * path uses. A window's rows are replaced whole, so the step can run again after the rules change
 * (bump the version) and after an interrupted run.
 */
export const recordLocationsStep: DeriveStep = {
  name: 'record_locations',
  version: '1',
  run: (db, context) =>
    forEachSeqWindow(db, context, async (trx, after, through) => {
      const window = (eb: typeof trx) =>
        eb
          .selectFrom('records')
          .where('records.seq', '>', after)
          .where('records.seq', '<=', through)
      const rows = await window(trx)
        .select(['records.doc'])
        .where('records.deleted_at', 'is', null)
        .execute()
      const locations = rows.flatMap((row) => {
        const record = SitrepRecord.parse(JSON.parse(row.doc))
        const found = locationRow(record, dateHull(record))
        return found ? [found] : []
      })
      await trx
        .deleteFrom('record_locations')
        .where('record_locations.record_id', 'in', (eb) =>
          eb
            .selectFrom('records')
            .select('records.id')
            .where('records.seq', '>', after)
            .where('records.seq', '<=', through),
        )
        .execute()
      await insertMany(trx, 'record_locations', locations)
    }),
}
