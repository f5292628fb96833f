import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import { MAX_INGEST_TEXT_CHARS } from './ingest.reading.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor = ''
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'editor' })).key
})
afterAll(() => ctx.store.close())

const ingest = (path: string, text: string) =>
  ctx.app.request(`/v1/ingest${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      text,
      source: { title: 'Long article' },
      ...(path ? { decisions: [] } : {}),
    }),
  })

describe('POST /v1/ingest limits', () => {
  it.each(['', '/publish'])(
    'refuses article text over the limit at %s with a 413 naming it',
    async (path) => {
      const res = await ingest(path, 'Kyiv was attacked. '.repeat(MAX_INGEST_TEXT_CHARS / 10))
      expect(res.status).toBe(413)
      const body = Problem.extend({ limit: Problem.shape.type }).parse(await res.json())
      expect(body.limit).toBe('MAX_INGEST_TEXT_CHARS')
      expect(body.detail).toMatch(/over the ingest limit of 200000/)
    },
  )
})
