import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import { DatasetImportSummary } from './datasets.routes.ts'

/** The seed night as ACLED would code it: the datasets package's own fixture. */
const ACLED = readFileSync(
  fileURLToPath(
    new URL('../../../../../packages/datasets/test-fixtures/acled-seed-night.csv', import.meta.url),
  ),
  'utf8',
)

let ctx: Awaited<ReturnType<typeof seededApp>>
const keys = { admin: '', editor: '' }
beforeAll(async () => {
  ctx = await seededApp()
  keys.admin = (await ctx.store.createApiKey({ role: 'admin', label: 'data desk' })).key
  keys.editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const form = (parts: Record<string, string>) => {
  const body = new FormData()
  for (const [name, text] of Object.entries(parts))
    body.set(name, new File([text], `${name}.csv`, { type: 'text/csv' }))
  return body
}

const post = (path: string, body: FormData, key: string | null = keys.admin) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
    body,
  })

const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  return Problem.parse(await res.json())
}

describe('POST /v1/datasets/{format}', () => {
  it('imports an ACLED export for an admin, answering the dataset summary', async () => {
    const res = await post('/v1/datasets/acled', form({ file: ACLED }))
    expect(res.status).toBe(200)
    const summary = DatasetImportSummary.parse(await res.json())
    expect(summary.rowsRead).toBe(ACLED.trim().split('\n').length - 1)
    expect(summary.created + summary.merged.length).toBeGreaterThan(0)
    // The fixture's one row with no side of the war named is refused by its line, not dropped.
    expect(summary.rejected).toEqual([{ line: 7, reason: expect.stringMatching(/no attacker/) }])
  })

  it('refuses an editor with a 403 problem naming the admin role', async () => {
    const res = await post('/v1/datasets/acled', form({ file: ACLED }), keys.editor)
    expect(res.status).toBe(403)
    expect((await problemOf(res)).detail).toMatch(/admin/)
  })

  it('asks for a key first (401)', async () => {
    expect((await post('/v1/datasets/acled', form({ file: ACLED }), null)).status).toBe(401)
  })

  it('refuses a format no importer reads, listing the ones there are', async () => {
    const res = await post('/v1/datasets/cir', form({ file: ACLED }))
    expect(res.status).toBe(400)
    const { issues } = await problemOf(res)
    expect(issues?.[0]).toMatchObject({ path: 'format' })
    expect(issues?.[0]?.message).toMatch(/air-force.*cir-events.*acled/)
  })

  it('refuses a body that is not a form (415)', async () => {
    const res = await ctx.app.request('/v1/datasets/acled', {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.admin}`, 'content-type': 'text/csv' },
      body: ACLED,
    })
    expect(res.status).toBe(415)
    expect((await problemOf(res)).type).toBe('/problems/unsupported-media-type')
  })

  it('refuses a form without its "file" part, naming it', async () => {
    const res = await post('/v1/datasets/cir-events', form({ attachment: ACLED }))
    expect(res.status).toBe(400)
    expect((await problemOf(res)).issues).toEqual([expect.objectContaining({ path: 'file' })])
  })

  it('refuses the air-force format without its weapon reference', async () => {
    const res = await post('/v1/datasets/air-force', form({ file: 'time_start\n' }))
    expect(res.status).toBe(400)
    expect((await problemOf(res)).detail).toMatch(/missiles_and_uavs\.csv/)
  })

  it('refuses a file that stops being CSV, with the line, and writes nothing', async () => {
    const before = await ctx.store.latestChange()
    const broken = `${ACLED.trim()}\nUKR-SITREP-9,2025-07-22,1,"Battles\n`
    const res = await post('/v1/datasets/acled', form({ file: broken }))
    expect(res.status).toBe(400)
    const { detail, issues } = await problemOf(res)
    const line = ACLED.trim().split('\n').length + 1
    expect(detail).toContain(`line ${line}: quote not closed`)
    expect(issues).toEqual([{ path: 'file', message: `line ${line}: quote not closed` }])
    expect(await ctx.store.latestChange()).toBe(before)
  })

  it('is documented as admin-only, with its own summary and no union', async () => {
    const doc = await (await ctx.app.request('/openapi.json')).json()
    const route = doc.paths['/v1/datasets/{format}'].post
    expect(route.summary).toMatch(/admin role/)
    expect(route.responses['403']).toBeDefined()
    expect(route.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/DatasetImportSummary',
    })
    expect(Object.keys(route.requestBody.content)).toEqual(['multipart/form-data'])
  })
})
