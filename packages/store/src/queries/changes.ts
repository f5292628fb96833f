import { type Change, RecordKind } from '@sitrep/domain'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../database.ts'
import type { SqlFamily } from '../migrations/sql-family.ts'

/** The column that orders writes: SQLite's rowid, PostgreSQL's identity (migration 0007). */
const seqOf = (family: SqlFamily) =>
  family === 'postgres'
    ? sql<string | number>`revisions.seq`
    : sql<string | number>`revisions.rowid`

/** Writes after `after`, oldest first: what a change-feed subscriber has not seen yet. */
export const changesSince = async (
  db: Kysely<Database>,
  family: SqlFamily,
  after: number,
  limit: number,
): Promise<Change[]> => {
  const seq = seqOf(family)
  const rows = await db
    .selectFrom('revisions')
    .innerJoin('records', 'records.id', 'revisions.record_id')
    .select([
      seq.as('seq'),
      'revisions.record_id',
      'revisions.version',
      'revisions.operation',
      'revisions.at',
      'revisions.by',
      'records.kind',
    ])
    .where(seq, '>', after)
    .orderBy(seq)
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    recordId: r.record_id,
    kind: RecordKind.parse(r.kind),
    version: r.version,
    operation: r.operation,
    at: r.at,
    by: r.by,
  }))
}

/** The newest write's number, so a new subscriber can start from now; 0 for an empty store. */
export const latestChange = async (db: Kysely<Database>, family: SqlFamily): Promise<number> => {
  const row = await db
    .selectFrom('revisions')
    .select(sql<string | number | null>`max(${seqOf(family)})`.as('seq'))
    .executeTakeFirst()
  return Number(row?.seq ?? 0)
}

/** How many writes lie after `after` up to and including `through`: what a window left out. */
export const countChanges = async (
  db: Kysely<Database>,
  family: SqlFamily,
  after: number,
  through: number,
): Promise<number> => {
  const seq = seqOf(family)
  const row = await db
    .selectFrom('revisions')
    .select(sql<string | number>`count(*)`.as('n'))
    .where(seq, '>', after)
    .where(seq, '<=', through)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}
