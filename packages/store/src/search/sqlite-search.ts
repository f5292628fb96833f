import { sql } from 'kysely'
import { chunk } from '../chunk.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { type SearchIndex, searchWords } from './search-index.ts'

/**
 * FTS5 rows use the record's `seq` as rowid, so a rewrite deletes by key instead of scanning.
 * The seq is looked up inside the statement, so it works when writes are batched (D1).
 */
export const sqliteSearch: SearchIndex = {
  async write(db, docs, replace) {
    for (const part of chunk(docs, rowsPerStatement(db, 3))) {
      if (replace) {
        const ids = sql.join(part.map((d) => d.id))
        await sql`delete from record_search where rowid in (select seq from records where id in (${ids}))`.execute(
          db,
        )
      }
      const values = part.map(
        (d) => sql`((select seq from records where id = ${d.id}), ${d.title}, ${d.body})`,
      )
      await sql`insert into record_search (rowid, title, body) values ${sql.join(values)}`.execute(
        db,
      )
    }
  },
  joinOn: 'records.seq',
  matches(q) {
    const words = searchWords(q)
    if (words.length === 0) return undefined
    // Each word quoted: every word must appear, and none is read as an FTS5 operator.
    const query = words.map((w) => `"${w}"`).join(' ')
    // Titles weigh ten times the body: a word in the title is what the record is about.
    return sql`(select rowid as record_key, bm25(record_search, 10.0, 1.0) as rank
      from record_search where record_search match ${query})`
  },
}
