import { Problem, Revision } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { storedOf } from './records.routes.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editorKey: string
let editorId: string
let readerKey: string
beforeAll(async () => {
  ctx = await seededApp()
  const editor = await ctx.store.createApiKey({ role: 'editor', label: 'desk' })
  editorKey = editor.key
  editorId = editor.info.id
  readerKey = (await ctx.store.createApiKey({ role: 'reader', label: 'widget' })).key
})
afterAll(() => ctx.store.close())

const fourthRound = {
  ...julyRound,
  id: 'talk-istanbul-2025-08',
  round: 4,
  title: 'A fourth round (test record)',
  previousRoundId: julyRound.id,
}
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request(path, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${editorKey}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  return Problem.parse(await res.json())
}

describe('writes by an editor key', () => {
  it('creates a record: 201, Location, ETag of version 1', async () => {
    const res = await send('POST', '/v1/talks', fourthRound)
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe('/v1/records/talk-istanbul-2025-08')
    expect(res.headers.get('etag')).toBe('"1"')
    expect(storedOf('talk').parse(await res.json()).record).toEqual(fourthRound)
  })

  it('updates with If-Match, then refuses the same stale If-Match with 412', async () => {
    const changed = { ...fourthRound, title: 'A fourth round, retitled' }
    const res = await send('PUT', '/v1/talks/talk-istanbul-2025-08', changed, { 'if-match': '"1"' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"2"')
    const stale = await send('PUT', '/v1/talks/talk-istanbul-2025-08', changed, {
      'if-match': '"1"',
    })
    expect(stale.status).toBe(412)
    expect((await problemOf(stale)).type).toBe('/problems/stale-version')
  })

  it('requires If-Match on an update (428)', async () => {
    const res = await send('PUT', '/v1/talks/talk-istanbul-2025-08', fourthRound)
    expect(res.status).toBe(428)
  })

  it('deletes as a tombstone: 204, then 404, and the history keeps every revision with the key', async () => {
    const res = await send('DELETE', '/v1/talks/talk-istanbul-2025-08', undefined, {
      'if-match': '"2"',
    })
    expect(res.status).toBe(204)
    const gone = await ctx.app.request('/v1/talks/talk-istanbul-2025-08')
    expect(gone.status).toBe(404)
    // Not an unknown id: the answer says it was deleted and where it is kept.
    expect((await problemOf(gone)).detail).toMatch(/was deleted \(version 3\); its history keeps/)
    const history = z
      .object({ items: z.array(Revision) })
      .parse(await (await ctx.app.request('/v1/records/talk-istanbul-2025-08/history')).json())
    expect(history.items.map((r) => [r.version, r.operation, r.by])).toEqual([
      [1, 'create', `key:${editorId}`],
      [2, 'update', `key:${editorId}`],
      [3, 'delete', `key:${editorId}`],
    ])
  })

  it('refuses to create a deleted id again, and says to restore it instead', async () => {
    const res = await send('POST', '/v1/talks', fourthRound)
    expect(res.status).toBe(409)
    expect((await problemOf(res)).detail).toMatch(/was deleted \(version 3\); restore it/)
  })

  it('restores a deleted record from the version of its deletion: 428, 412, then 200', async () => {
    const path = '/v1/records/talk-istanbul-2025-08/restore'
    expect((await send('POST', path, undefined)).status).toBe(428)
    const reader = await send('POST', path, undefined, {
      'if-match': '"3"',
      authorization: `Bearer ${readerKey}`,
    })
    expect(reader.status).toBe(403)
    expect((await send('POST', path, undefined, { 'if-match': '"2"' })).status).toBe(412)
    // As `curl -X POST` sends it through Node's adapter: no Content-Length, no Content-Type, and
    // still a (empty) body stream.
    const res = await ctx.app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${editorKey}`, 'if-match': '"3"' },
      body: new ReadableStream({ start: (c) => c.close() }),
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"4"')
    const restored = storedOf('talk').parse(await res.json())
    expect(restored.record.title).toBe('A fourth round, retitled')
    const read = await ctx.app.request('/v1/talks/talk-istanbul-2025-08')
    expect(read.status).toBe(200)
    expect(storedOf('talk').parse(await read.json())).toEqual(restored)
    // A record that is not deleted has nothing to restore.
    const again = await send('POST', path, undefined, { 'if-match': '"4"' })
    expect(again.status).toBe(404)
    expect((await problemOf(again)).detail).toContain('deleted record talk-istanbul-2025-08')
    // Deleted again, as the tests that follow expect the seed alone.
    const deleted = await send('DELETE', '/v1/talks/talk-istanbul-2025-08', undefined, {
      'if-match': '"4"',
    })
    expect(deleted.status).toBe(204)
  })
})

describe('writes refused', () => {
  it('401 without a key, with WWW-Authenticate', async () => {
    const res = await ctx.app.request('/v1/talks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fourthRound),
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    await problemOf(res)
  })

  it('401 for an unknown key, even on a read', async () => {
    const res = await ctx.app.request('/v1/talks', {
      headers: { authorization: 'Bearer sitrep_0000000000_nope' },
    })
    expect(res.status).toBe(401)
  })

  it('403 for a reader key', async () => {
    const res = await send('POST', '/v1/talks', fourthRound, {
      authorization: `Bearer ${readerKey}`,
    })
    expect(res.status).toBe(403)
    expect((await problemOf(res)).type).toBe('/problems/forbidden')
  })

  it('409 for a taken id', async () => {
    expect((await send('POST', '/v1/talks', julyRound)).status).toBe(409)
  })

  it('422 for a record of another kind on a kind route', async () => {
    expect((await send('POST', '/v1/aid', { ...fourthRound, id: 'talk-x' })).status).toBe(422)
  })

  it('400 naming the fields of an invalid record', async () => {
    const res = await send('POST', '/v1/talks', {
      ...fourthRound,
      id: 'talk-y',
      round: -1,
      partyIds: ['ukraine'],
    })
    expect(res.status).toBe(400)
    const paths = (await problemOf(res)).issues?.map((i) => i.path) ?? []
    expect(paths.join(' ')).toMatch(/round/)
  })

  it('400 for malformed JSON', async () => {
    const res = await send('POST', '/v1/talks', '{"kind": "talk",')
    expect(res.status).toBe(400)
    await problemOf(res)
  })

  it('415 for a body that is not JSON', async () => {
    const res = await send('POST', '/v1/talks', 'kind=talk', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(res.status).toBe(415)
  })

  it('415 for a body sent without a type; a POST with no body at all is no refusal of its own', async () => {
    const body = JSON.stringify(fourthRound)
    // Over HTTP a body always comes framed, here by its length.
    const untyped = await ctx.app.request('/v1/talks', {
      method: 'POST',
      headers: { authorization: `Bearer ${editorKey}`, 'content-length': String(body.length) },
      body: new Blob([body]),
    })
    expect(untyped.headers.get('content-type')).toBe('application/problem+json')
    expect(untyped.status).toBe(415)
    const empty = await ctx.app.request('/v1/talks', {
      method: 'POST',
      headers: { authorization: `Bearer ${editorKey}` },
    })
    // The route wants a record: the refusal says so, and names no content type.
    expect(empty.status).toBe(400)
    await problemOf(empty)
  })

  it('413 for a body over the limit', async () => {
    const res = await send('POST', '/v1/talks', {
      ...fourthRound,
      summary: 'x'.repeat(3 * 1024 * 1024),
    })
    expect(res.status).toBe(413)
    expect((await problemOf(res)).type).toBe('/problems/payload-too-large')
  })

  it('changed nothing while refusing', async () => {
    const res = await ctx.app.request('/v1/events?limit=500')
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(33)
    expect(ctx.errors).toEqual([])
  })
})
