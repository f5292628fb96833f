import { sql } from 'kysely'
import { chunk } from '../chunk.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { type SearchIndex, searchWords } from './search-index.ts'

const document = (title: string, body: string) =>
  sql`setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('english', ${body}), 'B')`

export const postgresSearch: SearchIndex = {
  async write(db, docs) {
    for (const part of chunk(docs, rowsPerStatement(db, 3))) {
      const values = part.map((d) => sql`(${d.id}, ${document(d.title, d.body)})`)
      await sql`insert into record_search (record_id, document) values ${sql.join(values)}
        on conflict (record_id) do update set document = excluded.document`.execute(db)
    }
  },
  async remove(db, ids) {
    for (const part of chunk(ids, rowsPerStatement(db, 1))) {
      await sql`delete from record_search where record_id in (${sql.join(part)})`.execute(db)
    }
  },
  // The same words-only reading as on SQLite: every word must appear, no operators.
  joinOn: 'records.id',
  matches(q) {
    const words = searchWords(q)
    if (words.length === 0) return undefined
    // ts_rank is a float4; rounding through numeric to float8 makes the value the cursor carries
    // compare equal to the one the next page computes.
    return sql`(select s.record_id as record_key, -(round(ts_rank(s.document, query)::numeric, 6)::float8) as rank
      from record_search s, plainto_tsquery('english', ${words.join(' ')}) query
      where s.document @@ query)`
  },
}
