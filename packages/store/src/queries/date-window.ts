import { addDays, type RecordFilter, RecordKind } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { memoByGeneration } from './generation-memo.ts'
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
  const kinds = filter.kind?.length ? filter.kind : RecordKind.options
  const longest = await memoByGeneration(db, `longest-span:${kinds.join(',')}`, () =>
    longestSpan(db, kinds),
  )
  return { earliestStart: addDays(filter.from, -longest) }
}

/** The most days any record of these kinds spans. */
const longestSpan = async (db: Kysely<Database>, kinds: readonly RecordKind[]): Promise<number> => {
  // One statement of one scalar subquery per kind: each still reads one index entry, and a
  // request pays one round through the query builder instead of four.
  const row = await db
    .selectNoFrom((eb) =>
      kinds.map((kind, i) =>
        eb
          .selectFrom('records')
          .select((sub) => sub.fn.max('records.date_span').as('span'))
          .where('records.kind', '=', kind)
          .as(`span${i}`),
      ),
    )
    .executeTakeFirst()
  return Math.max(0, ...Object.values(row ?? {}).map((span) => Number(span ?? 0)))
}
