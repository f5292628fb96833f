import { places } from '@sitrep/domain'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../migrate.ts'
import { placeAncestry } from '../queries/dictionaries.ts'
import { seedRecord } from '../testing/fixtures.ts'
import { migratedUpTo } from '../testing/migrate-up-to.ts'
import { interactiveTransaction } from '../transaction.ts'
import type { UpgradeEvent } from '../upgrade-event.ts'
import { deriveToLatest } from './derive-to-latest.ts'

describe('the place_tolls step: each place row of an attack holds the toll inside that place', () => {
  it('derives the tolls of attacks stored before migration 0012 (their rows written again whole), and leaves other rows null', async () => {
    const db = await migratedUpTo('0011-statement-columns')
    try {
      for (const row of placeAncestry(places))
        await sql`insert into place_ancestors (place_id, ancestor_id) values (${row.place_id}, ${row.ancestor_id})`.execute(
          db,
        )
      const wave = seedRecord('attack', 'attack-ru-drones-ukraine-2025-07-21')
      const talk = seedRecord('talk', 'talk-istanbul-2025-07')
      for (const [record, killed, injured] of [
        [wave, 2, 15],
        [talk, null, null],
      ] as const) {
        await sql`insert into records (id, kind, title, sort_date, killed_low, injured_low, doc, version, created_at, updated_at)
          values (${record.id}, ${record.kind}, ${record.title}, '2025-07-20', ${killed}, ${injured}, ${JSON.stringify(record)}, 1, 'now', 'now')`.execute(
          db,
        )
      }
      // The rows an older release wrote: each place named, each enclosing region once.
      const rows = [
        [wave.id, 'ua-kyiv', 1],
        [wave.id, 'ua-kharkiv', 1],
        [wave.id, 'ua', 1],
        [wave.id, 'ua-kyiv-city', 0],
        [wave.id, 'ua-kharkiv-oblast', 0],
        [talk.id, 'tr-istanbul', 1],
      ] as const
      for (const [record, place, direct] of rows)
        await sql`insert into record_places (record_id, place_id, kind, sort_date, direct)
          values (${record}, ${place}, 'x', '2025-07-20', ${direct})`.execute(db)

      const heard: UpgradeEvent[] = []
      const onUpgrade = (event: UpgradeEvent) => heard.push(event)
      await migrateToLatest(db, 'sqlite', onUpgrade)
      await deriveToLatest(db, { transact: interactiveTransaction(db), onUpgrade })
      // An upgrade is announced before it runs, and deriving says how far it has got, so that a
      // long one is not silent.
      expect(heard[0]).toEqual({
        phase: 'migrate',
        pending: expect.arrayContaining(['0012-place-tolls']),
      })
      expect(heard).toContainEqual({
        phase: 'derive',
        step: 'place_tolls',
        version: '1',
        done: 2,
        total: 2,
      })

      const tolls = await db
        .selectFrom('record_places')
        .select(['record_id', 'place_id', 'killed_low', 'injured_low'])
        .where(
          'place_id',
          'in',
          rows.map(([, place]) => place),
        )
        .orderBy('record_id')
        .orderBy('place_id')
        .execute()
      expect(tolls).toEqual([
        // Only the Kyiv count lies inside Kyiv; the nationwide one lies inside the country.
        { record_id: wave.id, place_id: 'ua', killed_low: 2, injured_low: 15 },
        { record_id: wave.id, place_id: 'ua-kharkiv', killed_low: null, injured_low: null },
        { record_id: wave.id, place_id: 'ua-kharkiv-oblast', killed_low: null, injured_low: null },
        { record_id: wave.id, place_id: 'ua-kyiv', killed_low: 1, injured_low: 8 },
        { record_id: wave.id, place_id: 'ua-kyiv-city', killed_low: 1, injured_low: 8 },
        { record_id: talk.id, place_id: 'tr-istanbul', killed_low: null, injured_low: null },
      ])
    } finally {
      await db.destroy()
    }
  })
})
