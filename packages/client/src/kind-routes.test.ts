import { julyRound } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { SitrepApiError } from './sitrep-api-error.ts'
import { seededClient } from './testing/seeded-client.ts'

const fourthRound = {
  ...julyRound,
  id: 'talk-istanbul-2025-08',
  round: 4,
  title: 'A fourth round (test record)',
  previousRoundId: julyRound.id,
}

const editorClient = async () => {
  const seeded = await seededClient()
  const { key } = await seeded.store.createApiKey({ role: 'editor', label: 'client test' })
  return { ...seeded, client: seeded.clientWith({ apiKey: key }) }
}

const failure = async (pending: Promise<unknown>) => {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof SitrepApiError)) throw new Error(`expected SitrepApiError, got ${error}`)
  return error
}

describe('writes through the client', () => {
  it('creates, updates on the version read, refuses a stale update, and deletes', async () => {
    const { client } = await editorClient()
    const created = await client.talks.create(fourthRound)
    expect(created.meta.version).toBe(1)
    const updated = await client.talks.update(
      { ...fourthRound, title: 'A fourth round (renamed)' },
      { version: created.meta.version },
    )
    expect(updated).toMatchObject({
      meta: { version: 2 },
      record: { title: 'A fourth round (renamed)' },
    })
    const stale = await failure(client.talks.update(fourthRound, { version: 1 }))
    expect(stale).toMatchObject({ status: 412, code: 'stale-version' })
    await client.talks.remove(fourthRound.id, { version: 2 })
    expect((await failure(client.talks.get(fourthRound.id))).status).toBe(404)
    const { items } = await client.history(fourthRound.id)
    expect(items.map((r) => r.operation)).toEqual(['create', 'update', 'delete'])
    const restored = await client.restore(fourthRound.id, { version: 3 })
    expect(restored).toMatchObject({ meta: { version: 4 }, record: updated.record })
    expect(await client.talks.get(fourthRound.id)).toEqual(restored)
  })

  it('needs a key: an anonymous write is a 401 problem', async () => {
    const { client } = await seededClient()
    expect((await failure(client.talks.create(fourthRound))).code).toBe('unauthorized')
  })
})
