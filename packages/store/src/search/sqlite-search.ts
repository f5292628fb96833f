import { type RawBuilder, sql } from 'kysely'
import { chunk } from '../chunk.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import {
  type MatchOptions,
  type SearchIndex,
  type SearchMatch,
  type SearchWindow,
  searchWords,
} from './search-index.ts'
import { SEQ_OF_KEY, searchKeySql } from './search-key.ts'

/** How many matches are ranked at most: the newest in the date window; see `matches`. */
export const SEARCH_CANDIDATES = 1000

const keyOf = sql.raw(searchKeySql('records.sort_date', 'records.seq'))
const seqOfKey = sql.raw(SEQ_OF_KEY)

/** rowid bounds of a sort-date window: from the first key of `from` to before the day after `to`. */
const windowWhere = (within: SearchWindow | undefined) => {
  const bounds = []
  if (within?.from) bounds.push(sql`rowid >= (cast(julianday(${within.from}) as integer) << 32)`)
  if (within?.to) bounds.push(sql`rowid < ((cast(julianday(${within.to}) as integer) + 1) << 32)`)
  return bounds.length ? sql` and ${sql.join(bounds, sql` and `)}` : sql``
}

/**
 * FTS5 rows are keyed by sort day and seq (search-key.ts), so a date window is a rowid range
 * and newest first is rowid order. The seq is looked up inside the statement, so it works when
 * writes are batched (D1).
 */
export const sqliteSearch: SearchIndex = {
  async write(db, docs, replace) {
    for (const part of chunk(docs, rowsPerStatement(db, 3))) {
      if (replace)
        await sqliteSearch.remove(
          db,
          part.map((d) => d.id),
        )
      const values = part.map(
        (d) => sql`((select ${keyOf} from records where id = ${d.id}), ${d.title}, ${d.body})`,
      )
      await sql`insert into record_search (rowid, title, body) values ${sql.join(values)}`.execute(
        db,
      )
    }
  },
  async remove(db, ids) {
    for (const part of chunk(ids, rowsPerStatement(db, 1))) {
      await sql`delete from record_search where rowid in (select ${keyOf} from records where id in (${sql.join(part)}))`.execute(
        db,
      )
    }
  },
  joinOn: 'records.seq',
  matches(
    q,
    { within, ranked = false, first }: MatchOptions = {},
  ): RawBuilder<SearchMatch> | undefined {
    const words = searchWords(q)
    if (words.length === 0) return undefined
    // Each word quoted: every word must appear, and none is read as an FTS5 operator.
    const query = words.map((w) => `"${w}"`).join(' ')
    const range = windowWhere(within)
    // A record whose title holds every word comes first (it is what the record is about), then
    // the rest; newest first within each: rank = tier + 1 - julian day / 10^7 - seq / 10^15,
    // lower is better, and unique (for seq below 10^8), so a page can be cut from the ranking.
    // Not bm25: its first call per statement counts every row holding each word (its IDF), so a
    // common word cost milliseconds whatever the page, growing with the store (5 ms at 1M).
    const rank = sql`(case when rowid in (select rowid from record_search
        where record_search match ${`title : (${query})`}${range}) then 0 else 1 end)
      + 1 - (rowid >> 32) / 10000000.0 - (${seqOfKey}) / 1000000000000000.0`
    // Ranked are the SEARCH_CANDIDATES newest matches in the date window (FTS5 seeks to its last
    // rowid and walks down). Unranked (counts, facets, the disputes filter) is every match in
    // the window: such a caller reads `record_key` alone, so the planner flattens this and
    // computes no rank.
    const bounded = ranked ? sql` order by rowid desc limit ${SEARCH_CANDIDATES}` : sql``
    const candidates = sql<SearchMatch>`(select ${seqOfKey} as record_key, ${rank} as rank
      from record_search where record_search match ${query}${range}${bounded})`
    if (!ranked || !first) return candidates
    // Only the best `count` after the cursor: the records they name are looked up, not all
    // the candidates (each lookup is a row of `records`, most of the page's cost at 1M).
    const after = first.after === undefined ? sql`` : sql` where c.rank > ${first.after}`
    return sql<SearchMatch>`(select c.record_key, c.rank from ${candidates} as c${after}
      order by c.rank limit ${first.count})`
  },
}
