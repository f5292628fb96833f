import { seedDataset } from '@sitrep/domain/seed'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../migrate.ts'
import { seedRecord } from '../testing/fixtures.ts'
import { migratedUpTo } from '../testing/migrate-up-to.ts'
import { interactiveTransaction } from '../transaction.ts'
import { deriveToLatest } from './derive-to-latest.ts'

describe('the statement_columns step: statements get their speaker and channel as columns', () => {
  it('derives both for statements written before migration 0011, past the first window, and leaves other kinds null', async () => {
    const db = await migratedUpTo('0010-record-sources')
    try {
      const zelensky = seedRecord('statement', 'st-zelensky-next-round-wednesday')
      // More statements than one window of 2,000 seq, so that the second window is derived too.
      const copies = Array.from({ length: 2020 }, (_, i) => ({ ...zelensky, id: `st-copy-${i}` }))
      for (const record of [...seedDataset.records, ...copies]) {
        await sql`insert into records (id, kind, title, sort_date, doc, version, created_at, updated_at)
          values (${record.id}, ${record.kind}, ${record.title}, '2025-07-21', ${JSON.stringify(record)}, 1, 'now', 'now')`.execute(
          db,
        )
      }

      await migrateToLatest(db, 'sqlite')
      await deriveToLatest(db, { transact: interactiveTransaction(db) })

      const columns = await db
        .selectFrom('records')
        .select(['id', 'speaker_id', 'channel'])
        .where('id', 'in', [
          zelensky.id,
          'st-tass-source-thursday',
          'st-copy-2019',
          'attack-ru-drones-ukraine-2025-07-21',
        ])
        .orderBy('id')
        .execute()
      expect(columns).toEqual([
        { id: 'attack-ru-drones-ukraine-2025-07-21', speaker_id: null, channel: null },
        { id: 'st-copy-2019', speaker_id: 'zelensky', channel: 'video-message' },
        // An unnamed source: no speaker id, the channel all the same.
        { id: 'st-tass-source-thursday', speaker_id: null, channel: 'news-agency-report' },
        { id: zelensky.id, speaker_id: 'zelensky', channel: 'video-message' },
      ])
      const underived = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'statement')
        .where('channel', 'is', null)
        .executeTakeFirstOrThrow()
      expect(underived.n).toBe(0)
    } finally {
      await db.destroy()
    }
  })
})
