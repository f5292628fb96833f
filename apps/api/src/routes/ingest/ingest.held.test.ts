import { type Evidence, IngestProposal, IngestPublished } from '@sitrep/domain'
import { editedCopy, istanbulTalksArticle, istanbulTalksArticleText } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const post = (path: string, body: unknown) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify(body),
  })

const propose = async (body: unknown) => {
  const res = await post('/v1/ingest', body)
  expect(res.status, await res.clone().text()).toBe(200)
  return IngestProposal.parse(await res.json())
}

const KHARKIV = {
  text: 'Russia launched 40 drones at Kharkiv overnight into Sunday, injuring five people, the mayor said.',
  publishedAt: '2025-09-14',
  source: { title: 'Kharkiv strike', url: 'https://www.example-news.com/world/kharkiv-drones/' },
}

/** Publishes the article with every draft as a new record. */
const publishAll = async (article: unknown, proposal: IngestProposal) => {
  const res = await post('/v1/ingest/publish', {
    ...(article as object),
    decisions: proposal.drafts.map((d) => ({ draftId: d.record.id, action: 'new' })),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return IngestPublished.parse(await res.json())
}

describe('POST /v1/ingest tells whether the article is already held', () => {
  it('holds the seed article by its text, and every draft’s evidence points into the seed’s source', async () => {
    // Retyped by a content system: straight apostrophes, blank lines, a trailing newline.
    const text = `${istanbulTalksArticleText.replaceAll('’', "'").replaceAll('\n', '\n\n')}\n`
    const proposal = await propose({ text, publishedAt: '2025-07-21', source: { title: 'Again' } })
    expect(proposal.held).toEqual({ sourceId: istanbulTalksArticle.id, by: 'text', similarity: 1 })
    expect(proposal.source.id).toBe(istanbulTalksArticle.id)
    // Read from the held text, so the spans land on the words the seed's evidence quotes.
    expect(proposal.source.text).toBe(istanbulTalksArticleText)
    const claims = proposal.drafts.flatMap((d): readonly Evidence[] => d.record.claims)
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) {
      expect(claim.sourceId).toBe(istanbulTalksArticle.id)
      if (claim.span)
        expect(istanbulTalksArticleText.slice(claim.span.start, claim.span.end)).toBe(claim.quote)
    }
  })

  it('says nothing is held for an article sitrep has never read', async () => {
    const proposal = await propose(KHARKIV)
    expect(proposal.held).toBeUndefined()
    expect(proposal.source.canonicalUrl).toBe('https://example-news.com/world/kharkiv-drones')
  })

  it('holds a published article by its URL with tracking parameters: its id for the same words, a copy for revised ones', async () => {
    const first = await propose(KHARKIV)
    await publishAll(KHARKIV, first)
    const again = await propose({
      ...KHARKIV,
      text: `${KHARKIV.text} The mayor later said one of the injured had died.`,
      source: {
        ...KHARKIV.source,
        url: 'http://example-news.com/world/kharkiv-drones/amp?utm_source=telegram&utm_medium=social',
      },
    })
    expect(again.held?.by).toBe('url')
    expect(again.held?.sourceId).toBe(first.source.id)
    expect(again.held?.similarity).toBeLessThan(1)
    // Revised words: a source of its own, so the first text and its spans stay as they were.
    expect(again.source.id).not.toBe(first.source.id)
    expect(again.source.copyOf).toBe(first.source.id)
    const same = await propose({
      ...KHARKIV,
      source: { ...KHARKIV.source, url: `${KHARKIV.source.url}?fbclid=abc#top` },
    })
    expect(same.held).toEqual({ sourceId: first.source.id, by: 'url', similarity: 1 })
    expect(same.source.id).toBe(first.source.id)
  })

  it('finds a lightly edited copy of the seed a near-duplicate: a new source that names its original', async () => {
    const proposal = await propose({
      text: editedCopy,
      publishedAt: '2025-07-21',
      source: { title: 'Fresh Ukraine-Russia talks in Istanbul' },
    })
    expect(proposal.held?.by).toBe('near-duplicate')
    expect(proposal.held?.sourceId).toBe(istanbulTalksArticle.id)
    expect(proposal.held?.similarity).toBeCloseTo(0.91, 2)
    expect(proposal.source.id).not.toBe(istanbulTalksArticle.id)
    expect(proposal.source.copyOf).toBe(istanbulTalksArticle.id)
  })

  it('publishing a held article’s drafts into the records they created changes no version and adds no source', async () => {
    const article = {
      text: 'At least three people were killed in a Russian missile strike on Odesa overnight into Tuesday, the regional governor said.',
      publishedAt: '2025-08-05',
      source: { title: 'Odesa strike' },
    }
    const first = await publishAll(article, await propose(article))
    expect(first.created.length).toBeGreaterThan(0)
    const sourcesBefore = (await ctx.store.listSources()).length

    const again = await propose(article)
    expect(again.held?.by).toBe('text')
    const createdIds = new Set(first.created.map((s) => s.record.id))
    // By default every draft merges into the record it created: nothing is new.
    expect(again.defaults.map((d) => d.action === 'merge' && createdIds.has(d.recordId))).toEqual(
      again.drafts.map(() => true),
    )
    const res = await post('/v1/ingest/publish', { ...article, decisions: [] })
    expect(res.status, await res.clone().text()).toBe(200)
    const published = IngestPublished.parse(await res.json())
    expect(published.created).toEqual([])
    expect(published.merged.map((s) => s.meta.version)).toEqual(again.drafts.map(() => 1))
    for (const { record } of first.created)
      expect((await ctx.store.history(record.id)).map((r) => r.operation)).toEqual(['create'])
    expect((await ctx.store.listSources()).length).toBe(sourcesBefore)
  })
})
