import { describe, expect, it } from 'vitest'
import { Conflict, NotFound, StaleVersion, ValidationFailed } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk } from './testing/fixtures.ts'

describe.each(dialectsUnderTest())('records on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('creates a record at version 1 and reads it back whole', () =>
    withStore(async (store) => {
      const created = await store.createRecord(julyTalk(), editor)
      expect(created.meta).toEqual({
        version: 1,
        createdAt: '2025-07-21T12:00:00.000Z',
        updatedAt: '2025-07-21T12:00:00.000Z',
      })
      expect(await store.getRecord(julyTalk().id)).toEqual(created)
      expect(created.record).toEqual(julyTalk())
    }))

  it('refuses a second record with a taken id, even after the first was deleted', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      await expect(store.createRecord(julyTalk(), editor)).rejects.toBeInstanceOf(Conflict)
      await store.deleteRecord(julyTalk().id, 1, editor)
      const again = store.createRecord(julyTalk(), editor)
      await expect(again).rejects.toBeInstanceOf(Conflict)
      await expect(again).rejects.toMatchObject({ deletedAtVersion: 2 })
    }))

  it('restores a deleted record as it was, as a new revision, everywhere it was found before', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      await store.deleteRecord(julyTalk().id, 1, editor)
      await expect(store.restoreRecord(julyTalk().id, 1, editor)).rejects.toBeInstanceOf(
        StaleVersion,
      )
      const restored = await store.restoreRecord(julyTalk().id, 2, {
        by: 'editor',
        reason: 'deleted by mistake',
      })
      expect(restored).toMatchObject({ record: julyTalk(), meta: { version: 3 } })
      expect(await store.getRecord(julyTalk().id)).toEqual(restored)
      expect((await store.listRecords({}, { limit: 10 })).items).toEqual([restored])
      expect((await store.search('Istanbul', {}, { limit: 10 })).items).toEqual([restored])
      const place = julyTalk().venueId
      expect((await store.listRecords({ placeId: place }, { limit: 10 })).items).toHaveLength(1)
      expect(
        (await store.history(julyTalk().id)).map((r) => [r.version, r.operation, r.reason]),
      ).toEqual([
        [1, 'create', 'test edit'],
        [2, 'delete', 'test edit'],
        [3, 'update', 'deleted by mistake'],
      ])
      // Only a tombstone can be restored.
      await expect(store.restoreRecord(julyTalk().id, 3, editor)).rejects.toBeInstanceOf(NotFound)
      await expect(store.restoreRecord('talk-nowhere', 1, editor)).rejects.toBeInstanceOf(NotFound)
    }))

  it('keeps every version: an update is a new revision, never an overwrite', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), { by: 'seed' })
      const edited = { ...julyTalk(), title: 'Third round of talks in Istanbul (confirmed)' }
      const updated = await store.updateRecord(edited.id, edited, 1, editor)
      expect(updated.meta.version).toBe(2)
      expect((await store.getRecord(edited.id)).record.title).toBe(edited.title)
      const history = await store.history(edited.id)
      expect(history.map((r) => [r.version, r.operation, r.by, r.record.title])).toEqual([
        [1, 'create', 'seed', julyTalk().title],
        [2, 'update', 'editor', edited.title],
      ])
      expect(history[1]?.reason).toBe('test edit')
    }))

  it('refuses an update based on a stale version and leaves the record as it was', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      await store.updateRecord(julyTalk().id, { ...julyTalk(), title: 'First edit' }, 1, editor)
      const late = store.updateRecord(
        julyTalk().id,
        { ...julyTalk(), title: 'Late edit' },
        1,
        editor,
      )
      await expect(late).rejects.toBeInstanceOf(StaleVersion)
      await expect(late).rejects.toMatchObject({ baseVersion: 1, currentVersion: 2 })
      expect((await store.getRecord(julyTalk().id)).record.title).toBe('First edit')
      expect(await store.history(julyTalk().id)).toHaveLength(2)
    }))

  it('lets one of two racing updates from the same version win and refuses the other', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      const edit = (title: string) =>
        store.updateRecord(julyTalk().id, { ...julyTalk(), title }, 1, editor)
      const [a, b] = await Promise.allSettled([edit('Edit A'), edit('Edit B')])
      const won = [a, b].filter((r) => r.status === 'fulfilled')
      const lost = [a, b].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect(lost[0]).toBeInstanceOf(StaleVersion)
      const history = await store.history(julyTalk().id)
      expect(history.map((r) => r.version)).toEqual([1, 2])
      expect((await store.getRecord(julyTalk().id)).record.title).toBe(history[1]?.record.title)
    }))

  it('refuses a delete that raced an update from the same version, or the update it raced', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      const [update, remove] = await Promise.allSettled([
        store.updateRecord(julyTalk().id, { ...julyTalk(), title: 'Edit' }, 1, editor),
        store.deleteRecord(julyTalk().id, 1, editor),
      ])
      const lost = [update, remove].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
      expect(lost).toHaveLength(1)
      expect(lost[0]).toBeInstanceOf(StaleVersion)
      expect((await store.history(julyTalk().id)).map((r) => r.version)).toEqual([1, 2])
    }))

  it('tombstones a delete: hidden from reads and lists, kept in history with the record as it was', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      await expect(store.deleteRecord(julyTalk().id, 7, editor)).rejects.toBeInstanceOf(
        StaleVersion,
      )
      await store.deleteRecord(julyTalk().id, 1, { by: 'editor', reason: 'duplicate' })
      await expect(store.getRecord(julyTalk().id)).rejects.toBeInstanceOf(NotFound)
      // Not found, and said to be deleted rather than unknown: its history keeps it.
      await expect(store.getRecord(julyTalk().id)).rejects.toMatchObject({ deletedAtVersion: 2 })
      await expect(store.getRecord('talk-nowhere')).rejects.toMatchObject({
        deletedAtVersion: undefined,
      })
      const tombstone = await store.getRecord(julyTalk().id, { includeDeleted: true })
      expect(tombstone.meta).toMatchObject({ version: 2, deletedAt: '2025-07-21T12:00:00.000Z' })
      expect((await store.listRecords({}, { limit: 10 })).items).toEqual([])
      expect((await store.search('Istanbul', {}, { limit: 10 })).items).toEqual([])
      const last = (await store.history(julyTalk().id)).at(-1)
      expect(last).toMatchObject({ version: 2, operation: 'delete', reason: 'duplicate' })
      expect(last?.record).toEqual(julyTalk())
      await expect(store.deleteRecord(julyTalk().id, undefined, editor)).rejects.toBeInstanceOf(
        NotFound,
      )
      await expect(store.updateRecord(julyTalk().id, julyTalk(), 2, editor)).rejects.toBeInstanceOf(
        NotFound,
      )
    }))

  it('answers NotFound for records it never had', () =>
    withStore(async (store) => {
      await expect(store.getRecord('talk-nowhere')).rejects.toBeInstanceOf(NotFound)
      await expect(store.history('talk-nowhere')).rejects.toBeInstanceOf(NotFound)
      await expect(store.deleteRecord('talk-nowhere', 1, editor)).rejects.toBeInstanceOf(NotFound)
    }))

  it.each([
    ['an unknown field', { ...julyTalk(), colour: 'red' }],
    ['an absurd round number', { ...julyTalk(), round: 1e12 }],
    ['no claims', { ...julyTalk(), claims: [] }],
    ['not a record at all', 'talk-istanbul-2025-07'],
  ])('refuses a record with %s and writes nothing', (_case, bad) =>
    withStore(async (store) => {
      // @ts-expect-error the store must hold even when a caller bypasses the types
      await expect(store.createRecord(bad, editor)).rejects.toBeInstanceOf(ValidationFailed)
      await expect(store.history(julyTalk().id)).rejects.toBeInstanceOf(NotFound)
      expect((await store.listRecords({}, { limit: 10 })).items).toEqual([])
    }),
  )

  it('refuses an update whose body names another record', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      const other = { ...julyTalk(), id: 'talk-elsewhere' }
      await expect(store.updateRecord(julyTalk().id, other, 1, editor)).rejects.toBeInstanceOf(
        ValidationFailed,
      )
    }))
})
