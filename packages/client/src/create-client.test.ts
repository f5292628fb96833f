import { describe, expect, it } from 'vitest'
import { seededClientPerFile } from './testing/seeded-client.ts'

const seeded = seededClientPerFile()

describe('createClient over the seeded API', () => {
  it('lists the three Istanbul rounds newest first, the July one with both date claims', async () => {
    const { items } = await seeded().talks.list()
    expect(items.map((t) => t.record.round)).toEqual([3, 2, 1])
    const july = items.find((t) => t.record.round === 3)
    const dates = july?.record.claims.filter((c) => c.fact === 'date')
    expect(dates?.map((c) => (c.value.resolved ? c.value.start : c.value.raw))).toEqual([
      '2025-07-23',
      '2025-07-24',
    ])
  })

  it('gets one record of each kind by id with its version', async () => {
    const talk = await seeded().talks.get('talk-istanbul-2025-07')
    expect(talk.record.kind).toBe('talk')
    expect(talk.meta.version).toBe(1)
    const { items: aid } = await seeded().aid.list({ stage: 'pledge' })
    expect(aid.length).toBeGreaterThan(0)
    expect(aid.every((a) => a.record.stage === 'pledge')).toBe(true)
    const { items: attacks } = await seeded().attacks.list({ placeId: 'ua-ivano-frankivsk-oblast' })
    expect(attacks.map((a) => a.record.kind)).toContain('attack')
    const { items: statements } = await seeded().statements.list({ actorId: 'zelensky' })
    expect(statements.length).toBeGreaterThan(0)
  })

  it('reads one record by id whatever its kind, narrowed to a kind on request', async () => {
    const statement = await seeded().records.get('st-kremlin-confirms-interest')
    expect([statement.record.kind, statement.meta.version]).toEqual(['statement', 1])
    const talk = await seeded().records.get('talk-istanbul-2025-07', { kind: 'talk' })
    expect(talk).toEqual(await seeded().talks.get('talk-istanbul-2025-07'))
    await expect(
      seeded().records.get('talk-istanbul-2025-07', { kind: 'aid' }),
    ).rejects.toMatchObject({ status: 404, code: 'not-found' })
  })

  it('sends kinds and limits in the URL form RecordQuery parses', async () => {
    const page = await seeded().records.list({ kind: ['talk', 'attack'], limit: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.nextCursor).toBeTypeOf('string')
    const all = await seeded().records.list({ kind: ['talk', 'attack'], limit: 500 })
    expect(new Set(all.items.map((i) => i.record.kind))).toEqual(new Set(['talk', 'attack']))
  })

  it('asks for facet counts and filters by a facet value, disputed written out', async () => {
    const { facets } = await seeded().attacks.list({ facets: ['weapon', 'attacker'] })
    expect(facets?.weapon?.map((f) => `${f.value} ${f.count}`)).toEqual(['drone 2'])
    expect(facets?.attacker?.map((f) => f.label)).toEqual(['Russia', 'Ukraine'])
    const { items } = await seeded().records.list({ disputed: true })
    expect(items.map((i) => i.record.id)).toEqual(['talk-istanbul-2025-07'])
  })

  it('finds the Patriot pledge by full-text search', async () => {
    const { items } = await seeded().search('Patriot')
    expect(items.some((i) => i.record.kind === 'aid')).toBe(true)
  })

  it('reports the July round date as disputed, TASS against Zelensky', async () => {
    const { items } = await seeded().disputes()
    const date = items.find((d) => d.recordId === 'talk-istanbul-2025-07' && d.fact === 'date')
    expect(date?.positions).toHaveLength(2)
    const asserters = date?.positions.flatMap((p) =>
      p.claims.map((c) => c.reportedBy ?? c.assertedBy),
    )
    expect(asserters).toContainEqual({ type: 'actor', actorId: 'tass' })
    expect(asserters).toContainEqual({ type: 'actor', actorId: 'zelensky' })
  })

  it('reads a record history, the dictionaries and the source text', async () => {
    const { items: revisions } = await seeded().records.history('talk-istanbul-2025-07')
    expect(revisions.map((r) => r.operation)).toEqual(['create'])
    const { items: actors } = await seeded().actors()
    expect(actors.find((a) => a.id === 'umerov')?.aliases).toContain('Umyerov')
    const { items: places } = await seeded().places()
    expect(places.find((p) => p.id === 'ua-kyiv')?.coordinates.lat).toBeCloseTo(50.45, 1)
    const { items: sources } = await seeded().sources.list({ limit: 1 })
    expect(sources).toHaveLength(1)
    expect((await seeded().sources.all()).items.map((s) => s.id)).toContain(sources[0]?.id)
    const source = await seeded().sources.get(sources[0]?.id ?? '')
    expect(source.text).toContain('Istanbul')
  })
})
