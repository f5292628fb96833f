import { addSeqWindowToFacetDays, sumFacetMonths } from '../rollups/facet-days.ts'
import type { DeriveStep } from './derive-step.ts'

/** Records per window: one grouped statement each, so progress shows every few seconds at 1M. */
const WINDOW = 50_000

/**
 * `facet_days` and `facet_months` (0025) counted from the live records' place, facet and dispute rows, for stores
 * written before the table existed; from then on every write keeps it. After `record_facets` and
 * `record_disputes`, which it reads. Emptied first, so a run cut short simply starts over.
 */
export const facetDaysStep: DeriveStep = {
  name: 'facet_days',
  version: '1',
  run: async (db, { transact, progress }) => {
    const { last } = await db
      .selectFrom('records')
      .select((eb) => eb.fn.max('records.seq').as('last'))
      .executeTakeFirstOrThrow()
    const total = Number(last ?? 0)
    // A new database has nothing to count and says nothing, as the windowed steps do.
    if (total === 0) return
    progress(0, total)
    await transact(async (trx) => {
      await trx.deleteFrom('facet_days').execute()
      await trx.deleteFrom('facet_months').execute()
    })
    for (let after = 0; after < total; after += WINDOW) {
      const through = Math.min(after + WINDOW, total)
      await transact((trx) => addSeqWindowToFacetDays(trx, after, through))
      progress(through, total)
    }
    await transact(sumFacetMonths)
  },
}
