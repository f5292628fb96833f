import { describe, expect, it } from 'vitest'
import { ValidationFailed } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk } from './testing/fixtures.ts'

describe.each(dialectsUnderTest())('the change feed on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('numbers every write in order: create, update, delete', () =>
    withStore(async (store) => {
      expect(await store.latestChange()).toBe(0)
      const talk = julyTalk()
      await store.createRecord(talk, editor)
      await store.updateRecord(talk.id, { ...talk, title: 'retitled' }, 1, editor)
      await store.deleteRecord(talk.id, 2, editor)
      const changes = await store.changesSince(0, 10)
      expect(changes.map((c) => [c.recordId, c.kind, c.version, c.operation])).toEqual([
        [talk.id, 'talk', 1, 'create'],
        [talk.id, 'talk', 2, 'update'],
        [talk.id, 'talk', 3, 'delete'],
      ])
      const seqs = changes.map((c) => c.seq)
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
      expect(await store.latestChange()).toBe(seqs[2])
    }))

  it('resumes after a given change and honours the limit', () =>
    withStore(async (store) => {
      const talk = julyTalk()
      await store.createRecord(talk, editor)
      await store.updateRecord(talk.id, { ...talk, title: 'retitled' }, 1, editor)
      const [first] = await store.changesSince(0, 1)
      const rest = await store.changesSince(first?.seq ?? 0, 10)
      expect(rest.map((c) => c.version)).toEqual([2])
    }))

  it('counts the writes between two positions', () =>
    withStore(async (store) => {
      const talk = julyTalk()
      await store.createRecord(talk, editor)
      await store.updateRecord(talk.id, { ...talk, title: 'retitled' }, 1, editor)
      await store.deleteRecord(talk.id, 2, editor)
      const [first, , third] = (await store.changesSince(0, 10)).map((c) => c.seq)
      expect(await store.countChanges(0, third ?? 0)).toBe(3)
      expect(await store.countChanges(first ?? 0, third ?? 0)).toBe(2)
      expect(await store.countChanges(third ?? 0, third ?? 0)).toBe(0)
    }))

  it('refuses a negative position', () =>
    withStore(async (store) => {
      await expect(store.changesSince(-1, 10)).rejects.toBeInstanceOf(ValidationFailed)
    }))
})
