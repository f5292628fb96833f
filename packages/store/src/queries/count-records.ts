import type { RecordFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { SearchIndex } from '../search/search-index.ts'
import { searchWindow } from '../search/search-window.ts'
import { dateWindow } from './date-window.ts'
import { recordFilterWhere } from './record-filter.ts'
import { rollupFilter, rollupTotal } from './rollup-counts.ts'

/**
 * How many records a list's filter matches: exact up to COUNT_CAP, "at least COUNT_CAP" beyond.
 * Counting stops at the cap, so a total costs at most that many index entries however large the
 * store grows: a list at 1M records keeps its page time, and an analyst reads "10,000+" where an
 * exact figure would take a scan of the whole kind.
 */
export const COUNT_CAP = 10_000

export interface RecordCount {
  /** The number of matching records, or COUNT_CAP when `exact` is false. */
  value: number
  /** False when more than `value` records match: `value` is then a lower bound. */
  exact: boolean
}

/**
 * Where counts come from: `facet_days` when it has a key for every condition of the filter (exact
 * at any size), else the records themselves; 'records' always the latter (the tests compare).
 */
export type Counting = 'rollup' | 'records'

export const countRecords = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  counting: Counting = 'rollup',
): Promise<RecordCount> => {
  const rollup = counting === 'rollup' ? await rollupFilter(db, filter) : undefined
  if (rollup) return { value: await rollupTotal(db, rollup), exact: true }
  const window = await dateWindow(db, filter)
  const where = recordFilterWhere(filter, window)
  // Only the matches whose sort date the filter allows: the engine reads the window's index
  // entries alone, where a bare match walked every record holding the words (×3 from 100k to 1M).
  const matches = filter.q
    ? search.matches(filter.q, { within: searchWindow(filter, window) })
    : undefined
  if (filter.q && !matches) return { value: 0, exact: true }
  const capped = matches
    ? db
        .selectFrom('records')
        .innerJoin(matches.as('s'), 's.record_key', search.joinOn)
        .select('records.id')
        .where(where)
        .limit(COUNT_CAP + 1)
    : db
        .selectFrom('records')
        .select('records.id')
        .where(where)
        .limit(COUNT_CAP + 1)
  const row = await db
    .selectFrom(capped.as('m'))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  const n = Number(row.n)
  return n > COUNT_CAP ? { value: COUNT_CAP, exact: false } : { value: n, exact: true }
}
