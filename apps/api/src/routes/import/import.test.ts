import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import { ImportSummary } from './import.routes.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
const keys = { admin: '', editor: '', reader: '' }
beforeAll(async () => {
  ctx = await seededApp()
  for (const role of ['admin', 'editor', 'reader'] as const)
    keys[role] = (await ctx.store.createApiKey({ role, label: role })).key
})
afterAll(() => ctx.store.close())

const post = (query: string, body: string | FormData, key: string, type?: string) =>
  ctx.app.request(`/v1/import${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, ...(type ? { 'content-type': type } : {}) },
    body,
  })

const talk = async () => {
  const res = await ctx.app.request('/v1/talks/talk-istanbul-2025-07')
  const stored: { record: { id: string } } = await res.json()
  return { ...stored.record, id: 'talk-import-route-copy' }
}

describe('POST /v1/import (record files)', () => {
  it('imports NDJSON for an editor, numbering the lines it refuses', async () => {
    const body = [JSON.stringify(await talk()), '', '{"kind": "talk", "broken": '].join('\n')
    const res = await post('?format=ndjson', body, keys.editor, 'application/x-ndjson')
    expect(res.status).toBe(200)
    const summary = ImportSummary.parse(await res.json())
    expect(summary.imported).toBe(1)
    expect(summary.rejected).toEqual([
      { line: 3, code: 'invalid-json', reason: expect.stringMatching(/^invalid JSON/) },
    ])
  })

  it('refuses a reader key with a 403 problem naming the editor role', async () => {
    const res = await post('', '{}', keys.reader, 'application/x-ndjson')
    expect(res.status).toBe(403)
    expect(Problem.parse(await res.json()).detail).toMatch(/editor/)
  })

  it('refuses a format that is neither NDJSON nor CSV (400)', async () => {
    const res = await post('?format=xlsx', '{}', keys.editor, 'application/x-ndjson')
    expect(res.status).toBe(400)
    expect(Problem.parse(await res.json()).issues?.[0]?.path).toBe('format')
  })

  it('answers the old dataset form with 410 and the new address, importing nothing', async () => {
    const before = await ctx.store.latestChange()
    const form = new FormData()
    form.set('file', new File(['event_id_cnty\n'], 'acled.csv'))
    const res = await post('?format=acled', form, keys.admin)
    expect(res.status).toBe(410)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('link')).toBe('</v1/datasets/acled>; rel="successor-version"')
    expect(Problem.parse(await res.json())).toMatchObject({
      type: '/problems/gone',
      detail: expect.stringContaining('/v1/datasets/acled'),
    })
    expect(await ctx.store.latestChange()).toBe(before)
  })

  it('is documented as the editor’s record import, with one summary and no dataset formats', async () => {
    const doc = await (await ctx.app.request('/openapi.json')).json()
    const route = doc.paths['/v1/import'].post
    expect(route.summary).toMatch(/editor role/)
    expect(route.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ImportSummary',
    })
    const format = route.parameters.find((p: { name: string }) => p.name === 'format')
    expect(format.schema.enum).toEqual(['ndjson', 'csv'])
    expect(route.responses['410']).toBeDefined()
  })
})
