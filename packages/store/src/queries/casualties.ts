import type { DailyCasualties, RecordFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { UNDATED } from '../record-index.ts'
import { dateWindow } from './date-window.ts'
import { recordFilterWhere } from './record-filter.ts'
import { floorInside } from './toll-inside.ts'

/**
 * Sums each attack's casualty floors by its first possible day (under a place filter, the part
 * known to lie inside the place); undated attacks are left out.
 */
export const casualtiesByDay = async (
  db: Kysely<Database>,
  filter: RecordFilter,
): Promise<DailyCasualties[]> => {
  const attacks: RecordFilter = { ...filter, kind: ['attack'] }
  const rows = await db
    .selectFrom('records')
    .where(recordFilterWhere(attacks, await dateWindow(db, attacks)))
    // Undated attacks carry the UNDATED sort date; testing it keeps the query on the index.
    .where('records.sort_date', '<', UNDATED)
    .select((eb) => [
      'records.sort_date as day',
      eb.fn.countAll<number | string>().as('attacks'),
      eb.fn
        .coalesce(
          eb.fn.sum<number | string | null>(floorInside(eb, 'killed', filter.placeId)),
          eb.lit(0),
        )
        .as('killed'),
      eb.fn
        .coalesce(
          eb.fn.sum<number | string | null>(floorInside(eb, 'injured', filter.placeId)),
          eb.lit(0),
        )
        .as('injured'),
    ])
    .groupBy('records.sort_date')
    .orderBy('records.sort_date')
    .execute()
  // PostgreSQL returns bigint sums and counts as strings.
  return rows.map((r) => ({
    day: r.day,
    attacks: Number(r.attacks),
    killedAtLeast: Number(r.killed),
    injuredAtLeast: Number(r.injured),
  }))
}
