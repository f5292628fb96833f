import { actors, Problem, places } from '@sitrep/domain'
import { istanbulTalksArticleText, seedDataset } from '@sitrep/domain/seed'
import { extract, matchDrafts } from '@sitrep/extract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'
import { createExtractionPool } from './extraction-pool.ts'
import type { Extractor } from './extractor.ts'

const options = {
  source: { id: 'src-istanbul' },
  publishedAt: '2025-07-21',
  dictionaries: { actors, places },
}

/** The seed article over and over, just under the ingest limit: about a second of extraction. */
const long = `${istanbulTalksArticleText}\n\n`.repeat(
  Math.floor(190_000 / (istanbulTalksArticleText.length + 2)),
)

// Generous: a loaded machine must not turn a fair article into a breach.
const pool = createExtractionPool({ budgetMs: 120_000 })
// A 50 ms budget of work, but a loaded machine may take longer than that to hand the article to
// its thread: the wait gets its own, generous limit, so the breach is always of work.
const strict = createExtractionPool({ budgetMs: 50, waitMs: 120_000 })
beforeAll(() => Promise.all([pool.ready, strict.ready]), 120_000)
afterAll(() => Promise.all([pool.close(), strict.close()]))

describe('extraction on a worker thread', () => {
  it('gives the drafts extraction on the main thread gives', async () => {
    expect(await pool.extract(istanbulTalksArticleText, options)).toEqual(
      extract(istanbulTalksArticleText, options),
    )
  })

  it('gives the matches matching on the main thread gives', async () => {
    const drafts = extract(istanbulTalksArticleText, options)
    const matches = await pool.match(drafts, seedDataset.records, { publishedAt: '2025-07-21' })
    expect(matches).toEqual(matchDrafts(drafts, seedDataset.records, { publishedAt: '2025-07-21' }))
    expect(matches.map((m) => m.recordId)).toContain('talk-istanbul-2025-07')
  })

  it('reads with the dictionaries of each request, cached by version', async () => {
    const without = { actors: actors.filter((a) => a.id !== 'zelensky'), places }
    const changed = { ...options, dictionaries: without }
    expect(await pool.extract(istanbulTalksArticleText, changed)).toEqual(
      extract(istanbulTalksArticleText, changed),
    )
    expect(await pool.extract(istanbulTalksArticleText, options)).toEqual(
      extract(istanbulTalksArticleText, options),
    )
  })
})

describe('POST /v1/ingest with the pool', () => {
  let ctx: Awaited<ReturnType<typeof seededApp>>
  let editor = ''
  /** Resolves when the route hands the article over; `settled` when the drafts are back. */
  let handedOver: () => void = () => {}
  let settled = false
  const watched =
    (extractor: Extractor): Extractor =>
    (text, opts) => {
      handedOver()
      return extractor(text, opts).finally(() => {
        settled = true
      })
    }
  const ingest = (text: string) =>
    ctx.app.request('/v1/ingest', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, source: { title: 'Long article' } }),
    })

  afterAll(() => ctx.store.close())

  it('answers /health while a long article is being read', async () => {
    ctx = await seededApp({ extractor: watched(pool.extract), matcher: pool.match })
    editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
    const started = new Promise<void>((resolve) => {
      handedOver = resolve
    })
    const reading = ingest(long)
    await started
    const health = await ctx.app.request('/health')
    expect(health.status).toBe(200)
    // Ordering, not timing: on the main thread the drafts would be back before /health ran.
    expect(settled).toBe(false)
    expect((await reading).status).toBe(200)
    expect(settled).toBe(true)
  }, 120_000)

  it('stops an article past its budget: 422 problem+json naming the setting', async () => {
    const breached = await seededApp({ extractor: strict.extract, matcher: strict.match })
    try {
      const key = (await breached.store.createApiKey({ role: 'editor', label: 'desk' })).key
      const res = await breached.app.request('/v1/ingest', {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: long, source: { title: 'Long article' } }),
      })
      expect(res.status).toBe(422)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const body = Problem.extend({ limit: Problem.shape.type }).parse(await res.json())
      expect(body.limit).toBe('SITREP_INGEST_BUDGET_MS')
      expect(body.detail).toMatch(/too complex to extract within 50 ms/)
    } finally {
      await breached.store.close()
    }
  }, 120_000)
})
