import { Problem, StoredRecord } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editorKey: string
beforeAll(async () => {
  ctx = await seededApp()
  editorKey = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const fifthRound = {
  ...julyRound,
  id: 'talk-istanbul-2025-09',
  round: 5,
  title: 'A fifth round (test record)',
  previousRoundId: julyRound.id,
}
const aidPledge = seedDataset.records.find((r) => r.kind === 'aid')
if (!aidPledge) throw new Error('the seed lost its aid records')

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${editorKey}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  return Problem.parse(await res.json())
}

describe('GET /v1/records/{id} reads a record whatever its kind', () => {
  it.each([
    ['talk-istanbul-2025-07', 'talk'],
    ['st-kremlin-confirms-interest', 'statement'],
    ['attack-ru-drones-ukraine-2025-07-21', 'attack'],
  ])('answers %s as a %s, its ETag its version', async (id, kind) => {
    const res = await ctx.app.request(`/v1/records/${id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"1"')
    const stored = StoredRecord.parse(await res.json())
    expect([stored.record.id, stored.record.kind, stored.meta.version]).toEqual([id, kind, 1])
  })

  it('answers 404 problem+json for an unknown id, and with ?kind= for a record of another kind', async () => {
    for (const path of [
      '/v1/records/no-such-record',
      '/v1/records/talk-istanbul-2025-07?kind=aid',
    ]) {
      const res = await ctx.app.request(path)
      expect(res.status).toBe(404)
      expect((await problemOf(res)).type).toBe('/problems/not-found')
    }
    expect((await ctx.app.request('/v1/records/talk-istanbul-2025-07?kind=talk')).status).toBe(200)
  })

  it('refuses a kind the domain does not know', async () => {
    const res = await ctx.app.request('/v1/records/talk-istanbul-2025-07?kind=battle')
    expect(res.status).toBe(400)
    expect((await problemOf(res)).issues?.map((i) => i.path)).toEqual(['kind'])
  })
})

describe('writes at /v1/records', () => {
  const path = `/v1/records/${fifthRound.id}`

  it('creates a record of the kind its body names: 201, Location, ETag', async () => {
    const res = await send('POST', '/v1/records', fifthRound)
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe(path)
    expect(res.headers.get('etag')).toBe('"1"')
    expect(StoredRecord.parse(await res.json()).record).toEqual(fifthRound)
  })

  it('replaces it on the version read, then refuses the same stale If-Match with 412', async () => {
    const retitled = { ...fifthRound, title: 'A fifth round, retitled' }
    const res = await send('PUT', path, retitled, { 'if-match': '"1"' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"2"')
    expect(StoredRecord.parse(await res.json()).record.title).toBe('A fifth round, retitled')
    const stale = await send('PUT', path, fifthRound, { 'if-match': '"1"' })
    expect(stale.status).toBe(412)
    expect((await problemOf(stale)).type).toBe('/problems/stale-version')
  })

  it('requires If-Match on a replacement (428)', async () => {
    const res = await send('PUT', path, fifthRound)
    expect(res.status).toBe(428)
    expect((await problemOf(res)).type).toBe('/problems/precondition-required')
  })

  it('refuses a body of another kind than the stored record with 422, and changes nothing', async () => {
    const res = await send('PUT', path, { ...aidPledge, id: fifthRound.id }, { 'if-match': '"2"' })
    expect(res.status).toBe(422)
    expect((await problemOf(res)).detail).toBe(
      `record ${fifthRound.id} is a talk record; a replacement cannot make it aid`,
    )
    const read = StoredRecord.parse(await (await ctx.app.request(path)).json())
    expect([read.record.kind, read.meta.version]).toEqual(['talk', 2])
  })

  it('refuses a body naming another record than the URL with 422', async () => {
    const res = await send('PUT', path, julyRound, { 'if-match': '"2"' })
    expect(res.status).toBe(422)
    expect((await problemOf(res)).detail).toContain(`the URL names ${fifthRound.id}`)
  })

  it('answers 404 for a replacement or deletion of an unknown id', async () => {
    const unknown = { ...fifthRound, id: 'talk-nowhere' }
    const put = await send('PUT', '/v1/records/talk-nowhere', unknown, { 'if-match': '"1"' })
    expect(put.status).toBe(404)
    await problemOf(put)
    expect((await send('DELETE', '/v1/records/talk-nowhere')).status).toBe(404)
  })

  it('needs an editor key: 401 without one', async () => {
    const res = await ctx.app.request(path, { method: 'DELETE' })
    expect(res.status).toBe(401)
    await problemOf(res)
  })

  it('deletes on the version read: 412 when stale, 404 under another ?kind=, then 204', async () => {
    const stale = await send('DELETE', path, undefined, { 'if-match': '"1"' })
    expect(stale.status).toBe(412)
    await problemOf(stale)
    expect(
      (await send('DELETE', `${path}?kind=aid`, undefined, { 'if-match': '"2"' })).status,
    ).toBe(404)
    expect((await send('DELETE', path, undefined, { 'if-match': '"2"' })).status).toBe(204)
    expect((await ctx.app.request(path)).status).toBe(404)
  })

  it('restores it from the version of its deletion, as GET /v1/records/{id} then reads it', async () => {
    const res = await send('POST', `${path}/restore`, undefined, { 'if-match': '"3"' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"4"')
    const read = StoredRecord.parse(await (await ctx.app.request(path)).json())
    expect([read.record.title, read.meta.version]).toEqual(['A fifth round, retitled', 4])
    const history = (await (await ctx.app.request(`${path}/history`)).json()) as {
      items: { operation: string }[]
    }
    expect(history.items.map((r) => r.operation)).toEqual(['create', 'update', 'delete', 'update'])
  })

  it('logged no server error along the way', () => {
    expect(ctx.errors).toEqual([])
  })
})
