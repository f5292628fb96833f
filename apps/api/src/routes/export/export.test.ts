import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

describe('GET /v1/export and POST /v1/import', () => {
  it('exports every seed record as NDJSON, one per line', async () => {
    const res = await ctx.app.request('/v1/export?format=ndjson')
    expect(res.headers.get('content-type')).toBe('application/x-ndjson')
    const lines = (await res.text()).trim().split('\n')
    expect(lines).toHaveLength(33)
    expect(JSON.parse(lines[0] ?? '{}').kind).toBeDefined()
  })

  it('exports attacks as GeoJSON points (several places: MultiPoint) with the filters of the timeline', async () => {
    const res = await ctx.app.request('/v1/export?format=geojson&kind=attack')
    const doc: { type: string; features: { geometry: { type: string } }[] } = JSON.parse(
      await res.text(),
    )
    expect(doc.type).toBe('FeatureCollection')
    expect(doc.features.length).toBeGreaterThan(0)
    expect(doc.features.every((f) => ['Point', 'MultiPoint'].includes(f.geometry.type))).toBe(true)
  })

  it('exports CSV with the flat columns of the kind asked for, after a byte-order mark', async () => {
    const res = await ctx.app.request('/v1/export?format=csv&kind=attack')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header = '', ...rows] = new TextDecoder().decode(bytes).trim().split('\n')
    expect(header).toMatch(/^id,date_start,date_end,title,attacker,target,places,lat,lon,/)
    expect(rows).toHaveLength(2)
  })

  it('exports CSV of mixed kinds with the columns they share, the kind per row', async () => {
    const text = await (await ctx.app.request('/v1/export?format=csv&kind=talk,aid')).text()
    const [header = '', ...rows] = text.trim().split('\n')
    expect(header).toMatch(/^id,kind,date_start,/)
    expect(rows.some((row) => row.startsWith('talk-istanbul-2025-07,talk,'))).toBe(true)
  })

  it('imports an export of changed ids, reporting bad lines by number and writing nothing partial', async () => {
    const exported = (await (await ctx.app.request('/v1/export?format=ndjson&kind=talk')).text())
      .trim()
      .split('\n')
    const renamed = exported.map((line) => line.replaceAll('talk-istanbul-2025', 'talk-copy-2025'))
    const body = [
      ...renamed,
      '{"kind": "talk", "broken": ',
      JSON.stringify({ kind: 'talk', id: 'x' }),
    ].join('\n')
    const res = await ctx.app.request('/v1/import?format=ndjson', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${editor}` },
      body,
    })
    expect(res.status).toBe(200)
    const summary: { imported: number; rejected: { line: number }[] } = await res.json()
    expect(summary.imported).toBe(3)
    expect(summary.rejected.map((r) => r.line)).toEqual([4, 5])
    expect((await ctx.app.request('/v1/talks/x')).status).toBe(404)
    expect((await ctx.app.request('/v1/talks/talk-copy-2025-07')).status).toBe(200)
  })

  it('refuses an import without an editor key, or sent as JSON', async () => {
    const anonymous = await ctx.app.request('/v1/import', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/x-ndjson' },
    })
    expect(anonymous.status).toBe(401)
    const wrongType = await ctx.app.request('/v1/import', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    })
    expect(wrongType.status).toBe(415)
  })
})
