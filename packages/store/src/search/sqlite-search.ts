import { sql } from 'kysely'
import { chunk } from '../chunk.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { type SearchIndex, searchWords } from './search-index.ts'

/** How many matches are ranked at most; see `matches`. */
export const SEARCH_CANDIDATES = 5000

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
    // bm25 costs about a microsecond per match, so a word in half of a million records would
    // take half a second to rank: ranking is over the SEARCH_CANDIDATES most recently written
    // matches (FTS5 walks rowids newest first and stops there).
    return sql`(select rowid as record_key, bm25(record_search, 10.0, 1.0) as rank
      from record_search where record_search match ${query}
      order by rowid desc limit ${SEARCH_CANDIDATES})`
  },
}
