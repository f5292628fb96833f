// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * SQLite's full-text rows move from the record's `seq` to (julian sort day << 32) | seq, so rowid
 * order is date order: a search within dates reads a rowid range and ranks only its newest
 * matches, instead of ranking the newest-written matches of every date and filtering after.
 * The index is rebuilt in key order (FTS5 has no cheaper way to move a row). The key's SQL is
 * written out here rather than imported: a migration never changes with today's code.
 * PostgreSQL's index is keyed by record id and ranks every match already: nothing to do.
 */
export const rekeySearchByDate = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    if (family !== 'sqlite') return
    await sql`create virtual table record_search_by_date using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
      db,
    )
    await sql`insert into record_search_by_date (rowid, title, body)
      select (cast(coalesce(julianday(r.sort_date), 5373484) as integer) << 32) | r.seq as key,
        s.title, s.body
      from record_search s join records r on r.seq = s.rowid
      order by key`.execute(db)
    await sql`drop table record_search`.execute(db)
    await sql`alter table record_search_by_date rename to record_search`.execute(db)
  },
})
