import { type RawBuilder, sql } from 'kysely'
import type { Engine } from '../parts/context.ts'

/** The SQL types a JSON-carried column is read back as. */
export type JsonColumnType = 'text' | 'integer'

/**
 * A batch of rows as one derived table built from a single bound JSON parameter, so a statement
 * over hundreds of rows stays within D1's 100-parameter budget: `json_each` on SQLite and D1,
 * `jsonb_to_recordset` on PostgreSQL. Alias it (`.as('v')`) to join or update from it.
 */
export const jsonRows = <Row extends Record<string, string | number | null>>(
  engine: Engine,
  rows: readonly Row[],
  columns: { [K in keyof Row & string]: JsonColumnType },
): RawBuilder<Row> => {
  const json = JSON.stringify(rows)
  const names = Object.keys(columns) as (keyof Row & string)[]
  if (engine === 'postgres') {
    const defined = sql.join(names.map((name) => sql`${sql.ref(name)} ${sql.raw(columns[name])}`))
    return sql<Row>`(select * from jsonb_to_recordset(${json}::jsonb) as r(${defined}))`
  }
  const picked = sql.join(names.map((name) => sql`value ->> ${sql.lit(name)} as ${sql.ref(name)}`))
  return sql<Row>`(select ${picked} from json_each(${json}))`
}
