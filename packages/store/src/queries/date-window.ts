import { addDays, type RecordFilter, RecordKind } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { DateWindow } from './record-filter.ts'

/**
 * A record overlaps `from` only if it starts no earlier than `from` minus the longest span any
 * record of those kinds has, which turns an open-ended scan into an index range. One MAX per
 * kind, each answered from the (kind, date_span) index.
 */
export const dateWindow = async (
  db: Kysely<Database>,
  filter: RecordFilter,
): Promise<DateWindow> => {
  if (!filter.from) return {}
  let longest = 0
  for (const kind of filter.kind?.length ? filter.kind : RecordKind.options) {
    const row = await db
      .selectFrom('records')
      .select((eb) => eb.fn.max('records.date_span').as('span'))
      .where('records.kind', '=', kind)
      .executeTakeFirst()
    longest = Math.max(longest, Number(row?.span ?? 0))
  }
  return { earliestStart: addDays(filter.from, -longest) }
}
