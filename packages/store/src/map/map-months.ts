import { type Kysely, sql } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import type { MapMonthsTable } from '../tables/map-months.table.ts'
import type { RecordLocationsTable } from '../tables/record-locations.table.ts'

const KEYS = ['kind', 'month', 'cell', 'region_id', 'place_id', 'attacker_id'] as const

/** The rollup row a location counts in; its month is that of the record's first day. */
export const monthKeyOf = (l: RecordLocationsTable): Omit<MapMonthsTable, 'n'> => ({
  kind: l.kind,
  month: l.date_start?.slice(0, 7) ?? '',
  cell: l.cell ?? -1,
  region_id: l.region_id ?? '',
  place_id: l.place_id ?? '',
  attacker_id: l.attacker_id ?? '',
})

/**
 * Adds (`sign` 1) or takes away (-1) these locations from `map_months`: one upsert per chunk,
 * `n = n + excluded.n` on every dialect. Additions commute, so the order of writes in a
 * transaction does not matter.
 */
export const countInMonths = async (
  db: Kysely<Database>,
  locations: readonly RecordLocationsTable[],
  sign: 1 | -1,
): Promise<void> => {
  if (locations.length === 0) return
  const deltas = new Map<string, MapMonthsTable>()
  for (const l of locations) {
    const key = monthKeyOf(l)
    const id = KEYS.map((k) => key[k]).join('\u0000')
    const held = deltas.get(id)
    if (held) held.n += sign
    else deltas.set(id, { ...key, n: sign })
  }
  const columns = [...KEYS, 'n'] as const
  for (const part of chunk([...deltas.values()], rowsPerStatement(db, columns.length))) {
    const values = part.map((d) => sql`(${sql.join(columns.map((c) => sql.val(d[c])))})`)
    await sql`insert into map_months (${sql.join(columns.map((c) => sql.ref(c)))})
      values ${sql.join(values)}
      on conflict (${sql.join(KEYS.map((k) => sql.ref(k)))})
      do update set n = map_months.n + excluded.n`.execute(db)
  }
}

/** Takes the stored locations of these records out of the months, before they are rewritten. */
export const uncountStored = async (db: Kysely<Database>, recordId: string): Promise<void> => {
  const held = await db
    .selectFrom('record_locations')
    .selectAll()
    .where('record_locations.record_id', '=', recordId)
    .execute()
  await countInMonths(db, held, -1)
}
