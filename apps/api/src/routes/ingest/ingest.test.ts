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

const eventCount = async () =>
  ((await (await ctx.app.request('/v1/events?limit=500')).json()) as { items: unknown[] }).items
    .length

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

  it('proposes a default decision per draft: the July round merges into the seed’s record', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', ARTICLE)).json())
    expect(proposal.defaults.map((d) => d.draftId)).toEqual(proposal.drafts.map((d) => d.record.id))
    expect(proposal.defaults).toContainEqual(
      expect.objectContaining({ action: 'merge', recordId: 'talk-istanbul-2025-07' }),
    )
  })

  it('publishing the seed article again with every match accepted creates no duplicate', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', ARTICLE)).json())
    const best = new Map<string, string>()
    for (const m of proposal.matches) if (!best.has(m.draftId)) best.set(m.draftId, m.recordId)
    const decisions = proposal.drafts.map(({ record }) => {
      const recordId = best.get(record.id)
      return recordId
        ? { draftId: record.id, action: 'merge', recordId }
        : { draftId: record.id, action: 'reject' }
    })
    const before = await eventCount()
    const res = await post('/v1/ingest/publish', { ...ARTICLE, decisions })
    expect(res.status, await res.clone().text()).toBe(200)
    const published = IngestPublished.parse(await res.json())
    expect(published.created).toEqual([])
    expect(published.merged.map((s) => s.record.id)).toContain('talk-istanbul-2025-07')
    expect(await eventCount()).toBe(before)
  })

  it('publishes a new record from another article and it appears on the timeline', async () => {
    const article = {
      text: 'At least three people were killed in a Russian missile strike on Odesa overnight into Tuesday, the regional governor said.',
      publishedAt: '2025-08-05',
      source: { title: 'Odesa strike' },
    }
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', article)).json())
    const attack = proposal.drafts.find((d) => d.record.kind === 'attack')
    if (!attack) throw new Error('no attack draft')
    const res = await post('/v1/ingest/publish', {
      ...article,
      decisions: proposal.drafts.map(({ record }) =>
        record.id === attack.record.id
          ? { draftId: record.id, action: 'new' }
          : { draftId: record.id, action: 'reject' },
      ),
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
    // No decisions: every draft takes its default (nothing matches yet, so all are new).
    const published = await post('/v1/ingest/publish', { ...article, decisions: [] })
    expect(published.status, await published.clone().text()).toBe(200)
    expect(IngestPublished.parse(await published.json()).created).toHaveLength(first.drafts.length)
    const second = IngestProposal.parse(await (await post('/v1/ingest', article)).json())
    const matched = new Set(second.matches.map((m) => m.draftId))
    expect(
      second.drafts.filter((d) => !matched.has(d.record.id)).map((d) => d.record.title),
    ).toEqual([])
    expect(second.defaults.every((d) => d.action === 'merge')).toBe(true)
  })

  it('needs an editor key', async () => {
    const anonymous = await ctx.app.request('/v1/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ARTICLE),
    })
    expect(anonymous.status).toBe(401)
  })
})

describe('POST /v1/ingest/publish writes only what the article supports', () => {
  const KYIV = {
    text: 'At least two people were killed in a Russian drone attack on Kyiv overnight into Friday, Ukrainian officials said.',
    publishedAt: '2025-08-08',
    source: { title: 'Kyiv strike' },
  }
  const refused = async (body: unknown) => {
    const before = await eventCount()
    const res = await post('/v1/ingest/publish', body)
    expect(await eventCount()).toBe(before)
    return res
  }

  it('refuses drafts sent back, and any field of a decision but a new record’s title', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', KYIV)).json())
    const [draft] = proposal.drafts
    if (!draft) throw new Error('no draft')
    const forged = { ...draft.record, title: 'Forged', claims: [] }
    for (const body of [
      { ...KYIV, decisions: [], drafts: [{ ...draft, record: forged }] },
      { ...KYIV, decisions: [{ draftId: draft.record.id, action: 'new', record: forged }] },
      { ...KYIV, decisions: [{ draftId: draft.record.id, action: 'new', claims: [] }] },
      { ...KYIV, source: { ...KYIV.source, id: 'src-forged' }, decisions: [] },
    ])
      expect([400, 422]).toContain((await refused(body)).status)
  })

  it('refuses a decision naming a draft id the article does not yield', async () => {
    const res = await refused({
      ...KYIV,
      decisions: [
        { draftId: 'draft-attack-99', action: 'merge', recordId: 'talk-istanbul-2025-07' },
      ],
    })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await res.text()).toContain('draft-attack-99')
  })

  it('refuses a merge into a record sitrep does not hold, or of another kind', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', KYIV)).json())
    const attack = proposal.drafts.find((d) => d.record.kind === 'attack')
    if (!attack) throw new Error('no attack draft')
    for (const recordId of ['attack-nowhere', 'talk-istanbul-2025-07']) {
      const res = await refused({
        ...KYIV,
        decisions: [{ draftId: attack.record.id, action: 'merge', recordId }],
      })
      expect(res.status).toBe(422)
      expect(await res.text()).toContain(recordId)
    }
  })

  it('refuses a merge into a deleted record', async () => {
    const article = {
      text: 'At least one person was killed in a Russian drone attack on Zaporizhzhia overnight into Monday, Ukrainian officials said.',
      publishedAt: '2025-08-11',
      source: { title: 'Zaporizhzhia strike' },
    }
    const first = await post('/v1/ingest/publish', { ...article, decisions: [] })
    const attack = IngestPublished.parse(await first.json()).created.find(
      (s) => s.record.kind === 'attack',
    )
    if (!attack) throw new Error('no attack created')
    await ctx.store.deleteRecord(attack.record.id, undefined, { by: 'test' })
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', KYIV)).json())
    const draft = proposal.drafts.find((d) => d.record.kind === 'attack')
    if (!draft) throw new Error('no attack draft')
    const res = await refused({
      ...KYIV,
      decisions: [{ draftId: draft.record.id, action: 'merge', recordId: attack.record.id }],
    })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('deleted')
  })

  it('publishes a new record retitled by the editor, its evidence as the article reads', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', KYIV)).json())
    const attack = proposal.drafts.find((d) => d.record.kind === 'attack')
    if (!attack) throw new Error('no attack draft')
    const res = await post('/v1/ingest/publish', {
      ...KYIV,
      decisions: [
        { draftId: attack.record.id, action: 'new', title: 'Drone attack on Kyiv, 8 August' },
      ],
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const created = IngestPublished.parse(await res.json()).created.find(
      (s) => s.record.kind === 'attack',
    )
    expect(created?.record.title).toBe('Drone attack on Kyiv, 8 August')
    expect(created?.record.claims.map((c) => c.quote)).toEqual(
      attack.record.claims.map((c) => c.quote),
    )
  })
})

describe('names decided at publish', () => {
  const CHERNIHIV = {
    text: 'At least two people were killed in a Russian drone attack on Chernihiv overnight into Tuesday, regional governor Ivan Petrenko said.',
    publishedAt: '2025-08-05',
    source: { title: 'Chernihiv strike' },
  }

  it('adds a new name as an actor, and the next article naming him resolves it', async () => {
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', CHERNIHIV)).json())
    const newName = proposal.drafts
      .flatMap((d) => d.newNames)
      .find((n) => n.type === 'actor' && n.name.includes('Petrenko'))
    if (!newName) throw new Error('the extractor flagged no new actor')
    const publish = (names: unknown[]) =>
      post('/v1/ingest/publish', { ...CHERNIHIV, decisions: [], names })
    // Only a name a draft flags as new can be decided: not an arbitrary actor.
    const forged = await publish([{ proposedId: 'someone-else', action: 'add', kind: 'person' }])
    expect(forged.status).toBe(422)
    expect(await forged.text()).toContain('someone-else')
    const res = await publish([{ proposedId: newName.proposedId, action: 'add', kind: 'person' }])
    expect(res.status, await res.clone().text()).toBe(200)
    const actors = (await (await ctx.app.request('/v1/actors')).json()) as {
      items: { id: string; name: string }[]
    }
    expect(actors.items).toContainEqual(
      expect.objectContaining({ id: newName.proposedId, name: newName.name }),
    )
    const next = IngestProposal.parse(
      await (
        await post('/v1/ingest', {
          text: 'Ivan Petrenko said a second drone attack on Chernihiv overnight into Thursday injured four people.',
          publishedAt: '2025-08-07',
          source: { title: 'Chernihiv again' },
        })
      ).json(),
    )
    expect(next.drafts.length).toBeGreaterThan(0)
    expect(next.drafts.flatMap((d) => d.newNames).map((n) => n.name)).not.toContain('Ivan Petrenko')
    expect(
      next.drafts.flatMap((d) =>
        d.record.claims.flatMap((c) =>
          c.assertedBy.type === 'actor' ? [c.assertedBy.actorId] : [],
        ),
      ),
    ).toContain(newName.proposedId)
  })

  it('maps a new name to an actor the dictionary holds, and refuses an unknown one', async () => {
    const article = {
      ...CHERNIHIV,
      text: CHERNIHIV.text.replace('Ivan Petrenko', 'Oleh Kovalenko'),
    }
    const proposal = IngestProposal.parse(await (await post('/v1/ingest', article)).json())
    const newName = proposal.drafts.flatMap((d) => d.newNames).find((n) => n.type === 'actor')
    if (!newName) throw new Error('no new actor')
    const publish = (to: string) =>
      post('/v1/ingest/publish', {
        ...article,
        decisions: [],
        names: [{ proposedId: newName.proposedId, action: 'map', to }],
      })
    expect((await publish('nobody-at-all')).status).toBe(422)
    const res = await publish('zelensky')
    expect(res.status, await res.clone().text()).toBe(200)
    const asserted = IngestPublished.parse(await res.json()).created.flatMap((s) =>
      s.record.claims.flatMap((c) => (c.assertedBy.type === 'actor' ? [c.assertedBy.actorId] : [])),
    )
    expect(asserted).toContain('zelensky')
    expect(asserted).not.toContain(newName.proposedId)
  })
})
