// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * A list's total and facets at a million records counted every matching record's place and
 * facet rows (~450 ms for the attacks of one oblast over a quarter, the oblast facet alone
 * ~400 ms). This rollup holds the same counts per place filter ('' for none, else a country or
 * first-level division the record lies in), facet ('' for the record itself), kind, start day,
 * end day, attacker and disputed flag, so a common filter's total and each facet are a few
 * thousand rows summed; `facet_months` holds them per month, for a range's whole months. Kept by every write; filled for stored records by the `facet_days`
 * derive step. Counts may stand at zero once their records are gone; sums do not mind.
 */
export const addFacetDays = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    let create: CreateTableBuilder<string, string> = db.schema
      .createTable('facet_days')
      .addColumn('place_id', 'text', (c) => c.notNull())
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('day_end', 'text', (c) => c.notNull())
      .addColumn('attacker_id', 'text', (c) => c.notNull())
      .addColumn('disputed', 'integer', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
      // A filter fixes place and facet, then reads a range of days per kind.
      .addPrimaryKeyConstraint('facet_days_pk', [
        'place_id',
        'facet',
        'kind',
        'day',
        'day_end',
        'attacker_id',
        'disputed',
        'value',
      ])
    if (family === 'sqlite') create = create.modifyEnd(sql`without rowid`)
    await create.execute()
    // The same counts per month: a range's whole months are read here, its ends by day.
    let months: CreateTableBuilder<string, string> = db.schema
      .createTable('facet_months')
      .addColumn('place_id', 'text', (c) => c.notNull())
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('attacker_id', 'text', (c) => c.notNull())
      .addColumn('disputed', 'integer', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('facet_months_pk', [
        'place_id',
        'facet',
        'kind',
        'month',
        'attacker_id',
        'disputed',
        'value',
      ])
    if (family === 'sqlite') months = months.modifyEnd(sql`without rowid`)
    await months.execute()
  },
})
