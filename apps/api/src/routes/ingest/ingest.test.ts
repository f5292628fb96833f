import { type Evidence, IngestProposal, IngestPublished } from '@sitrep/domain'
import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const post = (path: string, body: unknown, key = editor) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  })

const ARTICLE = {
  text: istanbulTalksArticleText,
  publishedAt: '2025-07-21',
  source: { title: 'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky' },
}

describe('POST /v1/ingest and /v1/ingest/publish', () => {
  it('proposes drafts with evidence spans into the text, and matches the seed’s July round', async () => {
    const res = await post('/v1/ingest', ARTICLE)
    expect(res.status).toBe(200)
    const proposal = IngestProposal.parse(await res.json())
    expect(proposal.drafts.length).toBeGreaterThan(3)
    for (const claim of proposal.drafts.flatMap((d): readonly Evidence[] => d.record.claims))
      if (claim.span) expect(ARTICLE.text.slice(claim.span.start, claim.span.end)).toBe(claim.quote)
    expect(proposal.matches.map((m) => m.recordId)).toContain('talk-istanbul-2025-07')
  })

  it('publishing the seed article again with every match accepted creates no duplicate', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', ARTICLE)).json())
    const best = new Map<string, string>()
    for (const m of proposal.matches) if (!best.has(m.draftId)) best.set(m.draftId, m.recordId)
    const merges = [...best].map(([draftId, recordId]) => ({ draftId, recordId }))
    const matched = proposal.drafts.filter((d) => best.has(d.record.id))
    const before = (
      (await (await ctx.app.request('/v1/events?limit=500')).json()) as { items: unknown[] }
    ).items.length
    const res = await post('/v1/ingest/publish', {
      source: proposal.source,
      drafts: matched,
      merges,
    })
    expect(res.status).toBe(200)
    const published = IngestPublished.parse(await res.json())
    expect(published.created).toEqual([])
    expect(published.merged.map((s) => s.record.id)).toContain('talk-istanbul-2025-07')
    const after = (
      (await (await ctx.app.request('/v1/events?limit=500')).json()) as { items: unknown[] }
    ).items.length
    expect(after).toBe(before)
  })

  it('publishes a new record from another article and it appears on the timeline', async () => {
    const text =
      'At least three people were killed in a Russian missile strike on Odesa overnight into Tuesday, the regional governor said.'
    const proposal = IngestProposal.parse(
      await (
        await post('/v1/ingest', {
          text,
          publishedAt: '2025-08-05',
          source: { title: 'Odesa strike' },
        })
      ).json(),
    )
    const attack = proposal.drafts.find((d) => d.record.kind === 'attack')
    expect(attack).toBeDefined()
    const res = await post('/v1/ingest/publish', {
      source: proposal.source,
      drafts: attack ? [attack] : [],
      merges: [],
    })
    const published = IngestPublished.parse(await res.json())
    expect(published.created).toHaveLength(1)
    const timeline = await (await ctx.app.request('/v1/events?kind=attack&from=2025-08-01')).text()
    expect(timeline).toContain(published.created[0]?.record.id ?? 'missing')
  })

  it('ingesting the same article twice: the second time every draft matches what the first created', async () => {
    const article = {
      text: 'Russia launched 40 drones at Kharkiv overnight into Sunday, injuring five people, the mayor said. Germany pledged two IRIS-T systems to Ukraine, Defence Minister Boris Pistorius said on Saturday.',
      publishedAt: '2025-09-14',
      source: { title: 'Kharkiv and IRIS-T' },
    }
    const first = IngestProposal.parse(await (await post('/v1/ingest', article)).json())
    expect(first.drafts.length).toBeGreaterThan(0)
    const published = await post('/v1/ingest/publish', {
      source: first.source,
      drafts: first.drafts,
      merges: [],
    })
    expect(published.status, await published.clone().text()).toBe(200)
    const second = IngestProposal.parse(await (await post('/v1/ingest', article)).json())
    const matched = new Set(second.matches.map((m) => m.draftId))
    expect(
      second.drafts.filter((d) => !matched.has(d.record.id)).map((d) => d.record.title),
    ).toEqual([])
  })

  it('needs an editor key and refuses a merge naming a draft it was not sent', async () => {
    const anonymous = await ctx.app.request('/v1/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ARTICLE),
    })
    expect(anonymous.status).toBe(401)
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', ARTICLE)).json())
    const res = await post('/v1/ingest/publish', {
      source: proposal.source,
      drafts: [],
      merges: [{ draftId: 'nope', recordId: 'talk-istanbul-2025-07' }],
    })
    expect(res.status).toBe(422)
  })

  it('adds a name the dictionary lacked as a new actor when the editor asks, and no other', async () => {
    const proposal = IngestProposal.parse(
      await (
        await post('/v1/ingest', {
          text: 'At least two people were killed in a Russian drone attack on Chernihiv overnight into Tuesday, regional governor Ivan Petrenko said.',
          publishedAt: '2025-08-05',
          source: { title: 'Chernihiv strike' },
        })
      ).json(),
    )
    const newName = proposal.drafts
      .flatMap((d) => d.newNames)
      .find((n) => n.type === 'actor' && n.name.includes('Petrenko'))
    if (!newName) throw new Error('the extractor flagged no new actor')
    const governor = {
      id: newName.proposedId,
      kind: 'person',
      name: newName.name,
      aliases: [],
      roles: [],
    }
    const publish = (newActors: unknown[]) =>
      post('/v1/ingest/publish', {
        source: proposal.source,
        drafts: proposal.drafts,
        merges: [],
        newActors,
      })
    // Only a name a draft flags as new can be added: not an arbitrary actor.
    const forged = await publish([{ ...governor, id: 'someone-else' }])
    expect(forged.status).toBe(422)
    expect(await forged.text()).toContain('someone-else')
    const res = await publish([governor])
    expect(res.status, await res.clone().text()).toBe(200)
    const actors = (await (await ctx.app.request('/v1/actors')).json()) as {
      items: { id: string; name: string }[]
    }
    expect(actors.items).toContainEqual(
      expect.objectContaining({ id: governor.id, name: newName.name }),
    )
    // The same name again: the actor exists, so the whole publication is refused.
    expect((await publish([governor])).status).toBe(409)
  })
})
