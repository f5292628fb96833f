import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from './dialects/sqlite.ts'
import { NotFound, ValidationFailed } from './errors.ts'
import { ensureSeeded } from './seed.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries, julyTalk } from './testing/fixtures.ts'
import type { UpgradeEvent } from './upgrade-event.ts'

describe.each(dialectsUnderTest())('seeding on $engine', (dialect) => {
  it('loads the seed article once; a deleted seed record stays deleted on later starts', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      expect(await ensureSeeded(store, { ...seedDataset, ...dictionaries })).toBe(true)
      expect(await store.listSources()).toEqual(seedDataset.sources)
      expect(await store.listPlaces()).toHaveLength(dictionaries.places.length)
      expect(await store.listActors()).toHaveLength(dictionaries.actors.length)
      const all = await store.listRecords({}, { limit: 500 })
      expect(all.items).toHaveLength(seedDataset.records.length)
      expect(all.items.every((i) => i.meta.version === 1)).toBe(true)
      expect((await store.history(julyTalk().id))[0]?.by).toBe('seed')

      await store.deleteRecord(julyTalk().id, 1, { by: 'editor' })
      expect(await ensureSeeded(store, seedDataset)).toBe(false)
      expect((await store.listRecords({}, { limit: 500 })).items).toHaveLength(
        seedDataset.records.length - 1,
      )
    } finally {
      await store.close()
    }
  })

  it('reloads a gazetteer that changed since the first start, leaving the records alone', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const older = dictionaries.places.filter((p) => p.id !== 'ua-kharkiv')
      await ensureSeeded(store, { ...seedDataset, places: older, actors: dictionaries.actors })
      expect(await store.listPlaces()).toHaveLength(older.length)
      expect(
        (await store.listRecords({ placeId: 'ua-kharkiv-oblast' }, { limit: 50 })).items,
      ).toEqual([])
      await store.deleteRecord(julyTalk().id, 1, { by: 'editor' })

      const told: UpgradeEvent[] = []
      const onUpgrade = (event: UpgradeEvent) => told.push(event)
      expect(await store.seed({ ...seedDataset, ...dictionaries }, { onUpgrade })).toBe(false)
      // Re-deriving takes minutes on a large store: the caller is told before, and only then.
      expect(told).toEqual([{ phase: 'dictionaries' }])
      expect(await store.seed({ ...seedDataset, ...dictionaries }, { onUpgrade })).toBe(false)
      expect(told).toHaveLength(1)
      expect(await store.listPlaces()).toHaveLength(dictionaries.places.length)
      const kharkiv = await store.listRecords({ placeId: 'ua-kharkiv-oblast' }, { limit: 50 })
      expect(kharkiv.items.map((i) => i.record.id)).toEqual(['attack-ru-drones-ukraine-2025-07-21'])
      await expect(store.getRecord(julyTalk().id)).rejects.toBeInstanceOf(NotFound)
    } finally {
      await store.close()
    }
  })

  it('loads nothing at all when one seed record is invalid', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const broken = { ...seedDataset, records: [...seedDataset.records, { kind: 'talk' }] }
      // @ts-expect-error a broken dataset, as a bad edit to the seed would produce
      await expect(ensureSeeded(store, broken)).rejects.toBeInstanceOf(ValidationFailed)
      expect((await store.listRecords({}, { limit: 10 })).items).toEqual([])
      expect(await ensureSeeded(store, seedDataset)).toBe(true)
    } finally {
      await store.close()
    }
  })
})

describe('the SQLite file', () => {
  it('is created, migrated and seeded on first open and untouched on the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'))
    const file = join(dir, 'data', 'sitrep.db')
    try {
      const first = await openSqliteStore({ file })
      expect(await ensureSeeded(first, seedDataset)).toBe(true)
      await first.close()
      const second = await openSqliteStore({ file })
      expect(await ensureSeeded(second, seedDataset)).toBe(false)
      expect((await second.getRecord(julyTalk().id)).meta.version).toBe(1)
      await second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
