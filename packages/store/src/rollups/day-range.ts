import type { Expression, ExpressionBuilder, SqlBool } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../database.ts'
import { UNDATED } from '../record-index.ts'

/** The days a date filter reads, inclusive; open where the filter is. */
export interface DayRange {
  from?: string
  to?: string
}

/**
 * Rows whose `column` (a day, or a bucket's first day) lies in range. A `from` filter keeps only
 * records whose dates end on or after it, which undated records never do: their far-future day
 * is then left out, as it is by `to`.
 */
export const inDays = <TB extends keyof Database>(
  { from, to }: DayRange,
  eb: ExpressionBuilder<Database, TB>,
  column = 'day',
): Expression<SqlBool> => {
  const day = sql.ref<string>(column)
  const conditions: Expression<SqlBool>[] = []
  if (from !== undefined) conditions.push(eb(day, '>=', from))
  if (to !== undefined) conditions.push(eb(day, '<=', to))
  else if (from !== undefined) conditions.push(eb(day, '<', UNDATED))
  return eb.and(conditions)
}
