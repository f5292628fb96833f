import { describe, expect, it } from 'vitest'
import { NotFound, ValidationFailed } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'

describe.each(dialectsUnderTest())('API keys on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('gives the key once and finds it again by the key string', () =>
    withStore(async (store) => {
      const { info, key } = await store.createApiKey({ role: 'editor', label: 'live desk' })
      expect(key).toMatch(/^sitrep_[a-z0-9]+_[A-Za-z0-9_-]{40,}$/)
      expect(await store.findApiKey(key)).toEqual(info)
      expect(info).toMatchObject({ role: 'editor', label: 'live desk' })
    }))

  it('never stores or lists the secret', () =>
    withStore(async (store) => {
      const { key } = await store.createApiKey({ role: 'reader', label: 'widget' })
      const secret = key.slice(key.indexOf('_', 'sitrep_'.length) + 1)
      expect(secret.length).toBeGreaterThan(40)
      expect(JSON.stringify(await store.listApiKeys())).not.toContain(secret)
    }))

  it('finds nothing for a wrong secret with a real id, a malformed key, or a revoked key', () =>
    withStore(async (store) => {
      const { info, key } = await store.createApiKey({ role: 'admin', label: 'ops' })
      expect(await store.findApiKey(`${key.slice(0, -4)}AAAA`)).toBeUndefined()
      expect(await store.findApiKey('not a key')).toBeUndefined()
      await store.revokeApiKey(info.id)
      expect(await store.findApiKey(key)).toBeUndefined()
      expect((await store.listApiKeys())[0]?.revokedAt).toBe('2025-07-21T12:00:00.000Z')
    }))

  it('refuses an unknown role or an empty label, and revoking an unknown key', () =>
    withStore(async (store) => {
      // @ts-expect-error an unknown role must be refused at run time too
      await expect(store.createApiKey({ role: 'owner', label: 'x' })).rejects.toBeInstanceOf(
        ValidationFailed,
      )
      await expect(store.createApiKey({ role: 'reader', label: ' ' })).rejects.toBeInstanceOf(
        ValidationFailed,
      )
      await expect(store.revokeApiKey('deadbeef00')).rejects.toBeInstanceOf(NotFound)
    }))
})
