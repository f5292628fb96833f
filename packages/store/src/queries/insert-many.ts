import type { Insertable, Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { rowsPerStatement } from '../parameter-budget.ts'

/** Multi-row inserts sized to the engine's parameter budget by the rows' own column count. */
export const insertMany = async <T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> => {
  const columns = rows.reduce((most, row) => Math.max(most, Object.keys(row).length), 1)
  for (const part of chunk(rows, rowsPerStatement(db, columns))) {
    // Kysely cannot narrow a generic table's insert type; the rows were typed by the caller.
    await db
      .insertInto(table)
      .values(part as never)
      .execute()
  }
}
