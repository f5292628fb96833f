import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../migrate.ts'
import { migratedUpTo } from '../testing/migrate-up-to.ts'

describe('migration 0010: evidence rows become record_sources pairs', () => {
  it('keeps one pair per source a record cites and drops the copied claims', async () => {
    const db = await migratedUpTo('0009-casualty-index')
    try {
      await sql`insert into records (id, kind, title, sort_date, doc, version, created_at, updated_at)
        values ('attack-1', 'attack', 'An attack', '2025-07-04', '{}', 1, 'now', 'now')`.execute(db)
      for (const [ordinal, source] of ['src-a', 'src-b', 'src-a'].entries()) {
        await sql`insert into evidence (record_id, ordinal, evidence_id, fact, value, source_id, quote, attribution)
          values ('attack-1', ${ordinal}, ${`e${ordinal}`}, 'killed', '{}', ${source}, 'a quote', 'media-report')`.execute(
          db,
        )
      }

      await migrateToLatest(db, 'sqlite')

      const pairs = await db.selectFrom('record_sources').selectAll().orderBy('source_id').execute()
      expect(pairs).toEqual([
        { source_id: 'src-a', record_id: 'attack-1' },
        { source_id: 'src-b', record_id: 'attack-1' },
      ])
      const evidence = await sql<{ n: number }>`select count(*) as n from sqlite_master
        where type = 'table' and name = 'evidence'`.execute(db)
      expect(evidence.rows[0]?.n).toBe(0)
    } finally {
      await db.destroy()
    }
  })
})
