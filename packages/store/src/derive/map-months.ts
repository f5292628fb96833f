import { sql } from 'kysely'
import type { DeriveStep } from './derive-step.ts'
import { recordLocationsStep } from './record-locations.ts'

/**
 * `map_months` (0021) summed again from `record_locations` in one statement. Its version follows
 * the locations step's: when those rows are derived again, so are the months counted from them.
 */
export const mapMonthsStep: DeriveStep = {
  name: 'map_months',
  version: `1.${recordLocationsStep.version}`,
  run: (_db, { transact, progress }) =>
    transact(async (trx) => {
      // A new database has nothing to count and says nothing, as the windowed steps do.
      const any = await trx.selectFrom('record_locations').select('record_id').limit(1).execute()
      if (any.length === 0) return
      progress(0, 1)
      await trx.deleteFrom('map_months').execute()
      await sql`insert into map_months (kind, month, cell, region_id, place_id, attacker_id, n)
        select kind, coalesce(substr(date_start, 1, 7), ''), coalesce(cell, -1),
          coalesce(region_id, ''), coalesce(place_id, ''), coalesce(attacker_id, ''), count(*)
        from record_locations
        group by kind, coalesce(substr(date_start, 1, 7), ''), coalesce(cell, -1),
          coalesce(region_id, ''), coalesce(place_id, ''), coalesce(attacker_id, '')`.execute(trx)
      progress(1, 1)
    }),
}
