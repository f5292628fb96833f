import { seedDataset } from '@sitrep/domain/seed'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../migrate.ts'
import { migratedUpTo } from '../testing/migrate-up-to.ts'
import { interactiveTransaction } from '../transaction.ts'
import { deriveToLatest } from './derive-to-latest.ts'

describe('the record_locations step: records stored before 0020 get their location', () => {
  it('derives a row for each live attack and talk, none for aid or statements', async () => {
    const db = await migratedUpTo('0018-record-facets')
    try {
      for (const record of seedDataset.records)
        await sql`insert into records (id, kind, title, sort_date, doc, version, created_at, updated_at)
          values (${record.id}, ${record.kind}, ${record.title}, '2025-07-21', ${JSON.stringify(record)}, 1, 'now', 'now')`.execute(
          db,
        )
      await migrateToLatest(db, 'sqlite')
      await deriveToLatest(db, { transact: interactiveTransaction(db) })
      const rows = await db
        .selectFrom('record_locations')
        .select(['record_id', 'kind', 'precision', 'origin', 'region_id'])
        .orderBy('record_id')
        .execute()
      const located = seedDataset.records.filter((r) => r.kind === 'attack' || r.kind === 'talk')
      expect(rows.map((r) => r.record_id)).toEqual(located.map((r) => r.id).sort())
      expect(rows.find((r) => r.record_id === 'attack-ru-drones-ukraine-2025-07-21')).toEqual({
        record_id: 'attack-ru-drones-ukraine-2025-07-21',
        kind: 'attack',
        precision: 'settlement',
        origin: 'gazetteer',
        region_id: 'ua-kyiv-city',
      })
    } finally {
      await db.destroy()
    }
  })
})
