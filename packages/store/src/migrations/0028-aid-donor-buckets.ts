// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * The aid series summed per donor and week or month read every day row of its range from
 * `stats_aid_donors` (~80k rows for the whole war at a million records, 18 ms of SQL; a year by
 * week grew ×2.9 from 100k to 1M). These tables hold the same sums without the day, kept by every
 * write beside it: a range's whole buckets are read here and only its partial first and last
 * buckets by day. Filled here from the daily rollup, which already holds every record's share.
 */
export const addAidDonorBuckets = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const real = family === 'postgres' ? 'double precision' : 'real'
    for (const bucket of ['week', 'month'] as const) {
      const table = `stats_aid_donor_${bucket}s`
      let create: CreateTableBuilder<string, string> = db.schema
        .createTable(table)
        .addColumn(bucket, 'text', (c) => c.notNull())
        .addColumn('donor_id', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('records', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('eur', real, (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint(`${table}_pk`, [bucket, 'donor_id', 'stage'])
      if (family === 'sqlite') create = create.modifyEnd(sql`without rowid`)
      await create.execute()
      await sql`insert into ${sql.table(table)} (${sql.ref(bucket)}, donor_id, stage, records, eur)
        select ${sql.ref(bucket)}, donor_id, stage, sum(records), sum(eur) from stats_aid_donors
        group by ${sql.ref(bucket)}, donor_id, stage`.execute(db)
    }
  },
})
