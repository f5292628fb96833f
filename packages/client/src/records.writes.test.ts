import type { SitrepRecord } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
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

describe('writes through client.records', () => {
  it('creates, replaces on the version read, refuses a stale one, deletes and restores', async () => {
    const { client } = await editorClient()
    const created = await client.records.create(fourthRound)
    expect(created.meta.version).toBe(1)
    const updated = await client.records.put(
      { ...fourthRound, title: 'A fourth round (renamed)' },
      { version: created.meta.version },
    )
    expect(updated).toMatchObject({
      meta: { version: 2 },
      record: { title: 'A fourth round (renamed)' },
    })
    const stale = await failure(client.records.put(fourthRound, { version: 1 }))
    expect(stale).toMatchObject({ status: 412, code: 'stale-version' })
    await client.records.delete(fourthRound.id, { version: 2 })
    expect((await failure(client.records.get(fourthRound.id))).status).toBe(404)
    const { items } = await client.records.history(fourthRound.id)
    expect(items.map((r) => r.operation)).toEqual(['create', 'update', 'delete'])
    const restored = await client.records.restore(fourthRound.id, { version: 3 })
    expect(restored).toMatchObject({ meta: { version: 4 }, record: updated.record })
    expect(await client.records.get(fourthRound.id)).toEqual(restored)
  })

  it('refuses a replacement that would change the record’s kind (422)', async () => {
    const { client } = await editorClient()
    const aid = seedDataset.records.find((r) => r.kind === 'aid')
    if (!aid) throw new Error('the seed lost its aid records')
    const asTalk: SitrepRecord = { ...aid, id: julyRound.id }
    const error = await failure(client.records.put(asTalk, { version: 1 }))
    expect(error).toMatchObject({ status: 422, code: 'unprocessable' })
  })

  it('splits claims fused into an attack out into a record of their own', async () => {
    const { client, store } = await editorClient()
    const night = 'attack-ua-drones-russia-2025-07-21'
    const held = await client.attacks.get(night)
    const fused = held.record.claims
      .filter((c) => c.fact === 'date' || c.fact === 'intercepted')
      .map((c) => ({ ...c, id: `attack-af-2025-07-20-test.${c.id}` }))
    await store.updateRecord(
      night,
      { ...held.record, claims: [...held.record.claims, ...fused] },
      held.meta.version,
      { by: 'test' },
    )
    const { kept, split } = await client.records.split(night, {
      datasetRecordId: 'attack-af-2025-07-20-test',
    })
    expect(kept.record.claims).toEqual(held.record.claims)
    expect(split.record.id).toBe('attack-af-2025-07-20-test')
    expect((await client.records.history(night)).items).toHaveLength(3)
  })

  it('needs a key: an anonymous write is a 401 problem', async () => {
    const { client } = await seededClient()
    expect((await failure(client.records.create(fourthRound))).code).toBe('unauthorized')
  })
})

describe('a kind’s client', () => {
  it('writes and reads that kind through /v1/records', async () => {
    const { client, requests } = await editorClient()
    const created = await client.talks.create(fourthRound)
    const renamed = { ...fourthRound, title: 'A fourth round (renamed)' }
    expect((await client.talks.put(renamed, created.meta)).meta.version).toBe(2)
    expect((await client.talks.get(fourthRound.id)).record.title).toBe('A fourth round (renamed)')
    await client.talks.delete(fourthRound.id, { version: 2 })
    const paths = requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)
    expect(paths.every((p) => p.includes('/v1/records'))).toBe(true)
  })

  it('answers 404 for a record of another kind, and does not delete it', async () => {
    const { client } = await editorClient()
    expect((await failure(client.aid.get(julyRound.id))).status).toBe(404)
    expect((await failure(client.aid.delete(julyRound.id, { version: 1 }))).status).toBe(404)
    expect((await client.talks.get(julyRound.id)).meta.version).toBe(1)
  })
})
