import { IngestProposal, IngestPublished } from '@sitrep/domain'
import { DEFAULT_MERGE_THRESHOLD } from '@sitrep/extract/merge-threshold'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const post = async (path: string, body: unknown) => {
  const res = await ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify(body),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}

/** A report that names no day: the only date its record has is the day it appeared. */
const UNDATED = {
  text: 'Russian drones struck Odesa, injuring three people and damaging port warehouses, governor Oleh Kiper said. Russia launched 62 drones and two missiles, the Ukrainian Air Force said.',
  publishedAt: '2025-09-16T07:40:00Z',
  source: { title: 'Odesa port hit', url: 'https://www.example-news.com/odesa-port/' },
}
/** Another outlet's report of the same night, which dates it. */
const DATED = {
  text: 'Russia launched 62 drones and two missiles at Ukraine overnight into Tuesday, the Air Force said. In Odesa three people were injured and port warehouses were damaged, governor Oleh Kiper said.',
  publishedAt: '2025-09-16T10:15:00Z',
  source: { title: 'Night attack', url: 'https://www.example-wire.com/ukraine-night/' },
}

describe('POST /v1/ingest finds a held record that no source dates', () => {
  it('offers a dated report the undated record of the same night, placed by its publication day', async () => {
    const first = IngestProposal.parse(await post('/v1/ingest', UNDATED))
    const attack = first.drafts.find((d) => d.record.kind === 'attack')
    expect(attack?.record.claims.some((c) => c.fact === 'date')).toBe(false)
    const published = IngestPublished.parse(
      await post('/v1/ingest/publish', {
        ...UNDATED,
        decisions: first.drafts.map((d) => ({ draftId: d.record.id, action: 'new' })),
      }),
    )
    const held = published.created.find((s) => s.record.kind === 'attack')?.record.id
    expect(held).toBeDefined()

    const second = IngestProposal.parse(await post('/v1/ingest', DATED))
    const night = second.drafts.find((d) => d.record.kind === 'attack')
    const match = second.matches.find((m) => m.draftId === night?.record.id && m.recordId === held)
    expect(match?.score).toBeGreaterThanOrEqual(DEFAULT_MERGE_THRESHOLD)
    expect(match?.reasons).toContain(
      'published on 2025-09-16, within a day of 2025-09-15 to 2025-09-16',
    )
  })

  it('leaves the undated record out for a report of a night a week later', async () => {
    const later = IngestProposal.parse(
      await post('/v1/ingest', {
        ...DATED,
        text: DATED.text.replace('overnight into Tuesday', 'overnight into Tuesday 23 September'),
        publishedAt: '2025-09-23T10:15:00Z',
        source: { title: 'Another night' },
      }),
    )
    expect(later.matches.filter((m) => m.recordId.startsWith('attack-'))).toEqual([])
  })
})
