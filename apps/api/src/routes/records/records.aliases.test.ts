import { Attack, Problem, RecordKind } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { kindPaths } from './records.routes.ts'
import { SplitResult } from './split.route.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editorKey: string
beforeAll(async () => {
  ctx = await seededApp()
  editorKey = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const text = async (path: string) => (await ctx.app.request(path)).text()
const post = (path: string, body: unknown) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('the old paths answer as /v1/records does', () => {
  it('/v1/events is the list of every kind, parameters and all', async () => {
    const query = '?kind=talk,attack&sort=-date&limit=4'
    expect(await text(`/v1/events${query}`)).toBe(await text(`/v1/records${query}`))
  })

  it.each(RecordKind.options)('/v1/<path of %s> lists and reads that kind', async (kind) => {
    const path = `/v1/${kindPaths[kind]}`
    expect(await text(`${path}?limit=500`)).toBe(await text(`/v1/records?kind=${kind}&limit=500`))
    const { items } = z
      .object({ items: z.array(z.object({ record: z.object({ id: z.string() }) })) })
      .parse(JSON.parse(await text(`${path}?limit=1`)))
    const id = items[0]?.record.id
    expect(await text(`${path}/${id}`)).toBe(await text(`/v1/records/${id}`))
  })

  it('marks every alias deprecated in the OpenAPI document, and /v1/records not', async () => {
    type Operation = { deprecated?: boolean; tags?: string[] }
    const doc = z
      .object({ paths: z.record(z.string(), z.record(z.string(), z.custom<Operation>())) })
      .parse(await (await ctx.app.request('/openapi.json')).json())
    const deprecated = (path: string, method: string) => doc.paths[path]?.[method]?.deprecated
    for (const [path, method] of [
      ['/v1/records', 'get'],
      ['/v1/records', 'post'],
      ['/v1/records/{id}', 'get'],
      ['/v1/records/{id}', 'put'],
      ['/v1/records/{id}', 'delete'],
      ['/v1/records/{id}/history', 'get'],
      ['/v1/records/{id}/restore', 'post'],
      ['/v1/records/{id}/split', 'post'],
    ] as const)
      expect(deprecated(path, method), `${method} ${path}`).toBeUndefined()
    const aliases = [
      ['/v1/events', 'get'],
      ['/v1/import/split', 'post'],
      ...RecordKind.options.flatMap((kind) => [
        [`/v1/${kindPaths[kind]}`, 'get'],
        [`/v1/${kindPaths[kind]}`, 'post'],
        [`/v1/${kindPaths[kind]}/{id}`, 'get'],
        [`/v1/${kindPaths[kind]}/{id}`, 'put'],
        [`/v1/${kindPaths[kind]}/{id}`, 'delete'],
      ]),
    ]
    for (const [path = '', method = ''] of aliases)
      expect(deprecated(path, method), `${method} ${path}`).toBe(true)
  })
})

describe('POST /v1/records/{id}/split', () => {
  const night = 'attack-ua-drones-russia-2025-07-21'
  // A report fused into the night by an import: its claims carry the dataset record's id.
  const fuse = async () => {
    const held = await ctx.store.getRecord(night)
    const attack = Attack.parse(held.record)
    const fused = attack.claims
      .filter((c) => c.fact === 'date' || c.fact === 'intercepted')
      .map((c) => ({ ...c, id: `attack-af-2025-07-20-test.${c.id}` }))
    await ctx.store.updateRecord(
      night,
      { ...attack, claims: [...attack.claims, ...fused] },
      held.meta.version,
      { by: 'test' },
    )
  }

  it('answers 404 for an unknown record and 422 for a record that is not an attack', async () => {
    const selection = { datasetRecordId: 'attack-af-2025-07-20-test' }
    const missing = await post('/v1/records/no-such-attack/split', selection)
    expect(missing.status).toBe(404)
    expect(Problem.parse(await missing.json()).type).toBe('/problems/not-found')
    const talk = await post('/v1/records/talk-istanbul-2025-07/split', selection)
    expect(talk.status).toBe(422)
    expect(talk.headers.get('content-type')).toBe('application/problem+json')
  })

  it('refuses a selection naming both a dataset record and sources', async () => {
    const res = await post(`/v1/records/${night}/split`, {
      datasetRecordId: 'attack-af-2025-07-20-test',
      sourceIds: ['src-istanbul-talks-2025-07-21'],
    })
    expect(res.status).toBe(400)
    expect(Problem.parse(await res.json()).issues?.map((i) => i.path)).toEqual(['datasetRecordId'])
  })

  it('moves the fused claims to a record of their own, both as revisions', async () => {
    await fuse()
    const res = await post(`/v1/records/${night}/split`, {
      datasetRecordId: 'attack-af-2025-07-20-test',
    })
    expect(res.status).toBe(200)
    const { kept, split } = SplitResult.parse(await res.json())
    expect(kept.record.claims.map((c) => c.id)).not.toContainEqual(
      expect.stringMatching(/^attack-af-2025-07-20-test\./),
    )
    expect(split.record.id).toBe('attack-af-2025-07-20-test')
    expect(split.record.claims).toHaveLength(3)
  })

  it('answers the same at its old place, /v1/import/split, the record named in the body', async () => {
    const res = await post('/v1/import/split', {
      recordId: 'talk-istanbul-2025-07',
      datasetRecordId: 'attack-af-2025-07-20-test',
    })
    expect(res.status).toBe(422)
    expect(Problem.parse(await res.json()).detail).toBe(
      'only attacks are fused by imports, so only they split',
    )
  })
})
