import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { ImportSummary } from './import.routes.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor = ''
beforeAll(async () => {
  ctx = await seededApp({ importLimits: { maxLineBytes: 64 * 1024, maxLines: 5_000 } })
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'editor' })).key
})
afterAll(() => ctx.store.close())

const post = (body: BodyInit, format = 'ndjson') =>
  ctx.app.request(`/v1/import?format=${format}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${editor}`,
      'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson',
    },
    body,
  })

const HaltedProblem = Problem.extend({
  line: z.number(),
  limit: z.string().optional(),
  summary: ImportSummary,
})

const storedRecord = async (id: string) => {
  const res = await ctx.app.request(`/v1/records/${id}`)
  const stored: { record: { id: string; title?: string } } = await res.json()
  return stored.record
}

const copies = async (prefix: string, count: number) => {
  const talk = await storedRecord('talk-istanbul-2025-07')
  return Array.from({ length: count }, (_, i) => JSON.stringify({ ...talk, id: `${prefix}-${i}` }))
}

describe('POST /v1/import limits', () => {
  it('answers 2 MB of junk with a small summary: the first 100 lines and counts by code', async () => {
    const junk = `${'not json at all '.repeat(60)}\n`.repeat(2_100)
    expect(junk.length).toBeGreaterThan(2_000_000)
    const res = await post(junk)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text.length).toBeLessThan(20_000)
    const summary = ImportSummary.parse(JSON.parse(text))
    expect(summary.rejected).toHaveLength(100)
    expect(summary.rejected[0]?.line).toBe(1)
    expect(summary).toMatchObject({
      imported: 0,
      rejectedCount: 2_100,
      rejectedByCode: { 'invalid-json': 2_100 },
      throughLine: 2_100,
    })
  })

  it('refuses too many lines with a 413 naming the limit, committing the lines before', async () => {
    const lines = await copies('talk-many-lines', 3)
    const res = await post(`${lines.join('\n')}\n${'\n'.repeat(6_000)}`)
    expect(res.status).toBe(413)
    const body = HaltedProblem.parse(await res.json())
    expect(body).toMatchObject({ limit: 'SITREP_IMPORT_MAX_LINES', line: 5_001 })
    expect(body.detail).toMatch(/SITREP_IMPORT_MAX_LINES/)
    expect(body.summary).toMatchObject({ imported: 3, throughLine: 5_000 })
  })

  it('refuses a line over the line limit with a 413 and the line, the lines before committed', async () => {
    const [first = ''] = await copies('talk-before-long-line', 1)
    const res = await post(`${first}\n${'x'.repeat(100 * 1024)}\n`)
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = HaltedProblem.parse(await res.json())
    expect(body).toMatchObject({ limit: 'SITREP_IMPORT_MAX_LINE_BYTES', line: 2 })
    expect(body.summary).toMatchObject({ imported: 1, throughLine: 1 })
    expect((await storedRecord('talk-before-long-line-0')).id).toBe('talk-before-long-line-0')
  })

  it.each([
    ['ndjson', ''],
    ['csv', 'id,kind,title,date_start,date_end,places,record\n'],
  ])('answers invalid UTF-8 in %s with 422 and the line, not a 500', async (format, header) => {
    const good = new TextEncoder().encode(`${header}${'\n'.repeat(1_500)}`)
    const bad = Uint8Array.of(0x7b, 0xc3, 0x28, 0x7d, 0x0a)
    const body = new Uint8Array(good.byteLength + bad.byteLength)
    body.set(good)
    body.set(bad, good.byteLength)
    const res = await post(body, format)
    expect(res.status).toBe(422)
    const problem = HaltedProblem.parse(await res.json())
    const line = 1_501 + (header ? 1 : 0)
    expect(problem.line).toBe(line)
    expect(problem.detail).toMatch(new RegExp(`line ${line} is not valid UTF-8`))
    expect(problem.summary.throughLine).toBe(line - 1)
    expect(ctx.errors).toEqual([])
  })

  it('reports an identical re-import as unchanged, not rejected', async () => {
    const lines = (await copies('talk-twice', 2)).join('\n')
    expect(ImportSummary.parse(await (await post(lines)).json()).imported).toBe(2)
    const again = ImportSummary.parse(await (await post(lines)).json())
    expect(again).toMatchObject({ imported: 0, unchanged: 2, rejectedCount: 0, rejected: [] })
  })

  it('reads a streamed body as it arrives', async () => {
    const lines = await copies('talk-streamed', 3)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const line of lines) controller.enqueue(new TextEncoder().encode(`${line}\n`))
        controller.close()
      },
    })
    const res = await ctx.app.request('/v1/import', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/x-ndjson' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(ImportSummary.parse(await res.json())).toMatchObject({ imported: 3, throughLine: 3 })
  })
})
