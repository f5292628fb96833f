import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDocsAssets } from '../../entry/docs-assets.ts'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp({ docsAssets: await loadDocsAssets() })
})
afterAll(() => ctx.store.close())

describe('the API describes itself', () => {
  it('publishes an OpenAPI 3.1 document that a validator accepts', async () => {
    const doc = await (await ctx.app.request('/openapi.json')).json()
    const result = await new Validator().validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
  })

  it('names the domain schemas once, as components every route refers to by $ref', async () => {
    const body = await (await ctx.app.request('/openapi.json')).text()
    // 3.3 MB with every schema inlined (6 Dec 2026); ~200 kB with components.
    expect(body.length).toBeLessThan(300_000)
    const doc: { components: { schemas: Record<string, unknown> } } = JSON.parse(body)
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['SitrepRecord', 'StoredRecord', 'Source', 'FactView', 'Problem']),
    )
    expect(body).toContain('"$ref":"#/components/schemas/StoredRecord"')
  })

  it('documents every route with its problem responses', async () => {
    const doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> } =
      await (await ctx.app.request('/openapi.json')).json()
    for (const path of [
      '/v1/talks',
      '/v1/talks/{id}',
      '/v1/records',
      '/v1/records/{id}',
      '/v1/events',
      '/v1/search',
      '/v1/disputes',
      '/v1/records/{id}/history',
    ])
      expect(Object.keys(doc.paths[path]?.get?.responses ?? {})).toEqual(
        expect.arrayContaining(['200', '400', '500']),
      )
  })

  it('serves an interactive reference at /docs from packaged assets, referencing no other host', async () => {
    const page = await ctx.app.request('/docs')
    const html = await page.text()
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/<script>/)
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';/)
    const start = await ctx.app.request('/docs/start.js')
    expect(await start.text()).toContain("url: '/openapi.json'")
    const script = await ctx.app.request('/docs/swagger-ui-bundle.js')
    expect(script.headers.get('content-type')).toContain('javascript')
    expect((await script.text()).length).toBeGreaterThan(100_000)
  })

  it('locks /openapi.json and /docs with the reads when reads need a key', async () => {
    const locked = await seededApp({ docsAssets: await loadDocsAssets(), requireKeyForReads: true })
    try {
      const reader = (await locked.store.createApiKey({ role: 'reader', label: 'r' })).key
      for (const path of ['/openapi.json', '/docs', '/docs/start.js']) {
        const refused = await locked.app.request(path)
        expect(refused.status).toBe(401)
        expect(refused.headers.get('content-type')).toBe('application/problem+json')
        const allowed = await locked.app.request(path, {
          headers: { authorization: `bearer ${reader}` },
        })
        expect(allowed.status).toBe(200)
      }
    } finally {
      await locked.store.close()
    }
  })
})
