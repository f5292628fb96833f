import { createClient, type ListQuery, SitrepApiError } from '@sitrep/client'
import { Problem } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { nodePostgres, nodeSqlite, type Target, workerdD1 } from './targets.ts'

const BASE = 'http://sitrep.test'
declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the store's PostgreSQL global setup; '' when no server could be started. */
    postgresUrl: string
  }
}

const postgresUrl = inject('postgresUrl')
const targets: [string, () => Promise<Target>][] = [
  ['Node + SQLite', nodeSqlite],
  ...(postgresUrl
    ? [['Node + PostgreSQL', () => nodePostgres(postgresUrl)] as [string, () => Promise<Target>]]
    : []),
  ['workerd + D1', workerdD1],
]

/**
 * The API's contract, run unchanged against every way sitrep can be deployed. It speaks through
 * the typed client, as a newsroom's edge function would, and raw HTTP where headers matter.
 */
describe.each(targets)('the API contract on %s', (_name, start) => {
  let target: Target
  const http = (path: string, init: RequestInit = {}) =>
    target.fetch(new Request(`${BASE}${path}`, init))
  const client = (apiKey?: string) =>
    createClient({
      baseUrl: BASE,
      ...(apiKey ? { apiKey } : {}),
      fetch: async (input, init) => target.fetch(new Request(input, init)),
    })
  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    return Problem.parse(await res.json())
  }

  beforeAll(async () => {
    target = await start()
  })
  afterAll(() => target?.close())

  describe('reads', () => {
    it('lists the three Istanbul rounds newest first, the July one with both date claims and their sources', async () => {
      const { items } = await client().talks.list()
      expect(items.map((t) => t.record.round)).toEqual([3, 2, 1])
      const july = await client().talks.get(julyRound.id)
      const dates = july.record.claims.filter((c) => c.fact === 'date')
      expect(dates.map((c) => c.id)).toEqual(['r3-date-zelensky', 'r3-date-tass'])
    })

    it.each<[string, ListQuery, number]>([
      ['kind', { kind: ['attack'] }, 2],
      ['date range', { from: '2025-07-20', to: '2025-07-21', kind: ['attack'] }, 2],
      ['place (region includes its cities)', { placeId: 'ua-kharkiv-oblast' }, 1],
      ['actor', { actorId: 'rosaviatsiya', kind: ['attack'] }, 1],
      ['status', { status: 'held' }, 2],
      ['stage', { stage: 'pledge' }, 2],
      ['category', { category: 'military', kind: ['aid'] }, 6],
      ['full text', { q: 'Patriot', kind: ['aid'] }, 1],
    ])('filters by %s', async (_filter, query, count) => {
      const page = await client().records.list({ ...query, limit: 100 })
      expect(page.items).toHaveLength(count)
    })

    it('searches across kinds', async () => {
      const { items } = await client().search('Rosaviatsiya')
      expect(items.map((s) => s.record.kind)).toEqual(
        expect.arrayContaining(['attack', 'statement']),
      )
    })

    it('lists the July date dispute side by side', async () => {
      const { items } = await client().disputes()
      expect(items.map((d) => [d.recordId, d.fact])).toEqual([[julyRound.id, 'date']])
    })

    it('pages with a cursor that stays stable while records are inserted', async () => {
      const first = await client().statements.list({ limit: 10 })
      const writer = client(target.keys.editor)
      await writer.records.create({
        ...(await client().statements.get('st-tass-source-thursday')).record,
        id: 'st-aaa-inserted-first',
      })
      const seen = [...first.items.map((s) => s.record.id)]
      let cursor = first.nextCursor
      while (cursor) {
        const page = await client().statements.list({ limit: 10, cursor })
        seen.push(...page.items.map((s) => s.record.id))
        cursor = page.nextCursor
      }
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.filter((id) => id !== 'st-aaa-inserted-first')).toHaveLength(22)
    })

    it('answers If-None-Match with 304', async () => {
      const first = await http('/v1/talks')
      const tag = first.headers.get('etag') ?? ''
      expect(tag).not.toBe('')
      expect((await http('/v1/talks', { headers: { 'if-none-match': tag } })).status).toBe(304)
    })

    it('reports history', async () => {
      const { items } = await client().records.history(julyRound.id)
      expect(items[0]).toMatchObject({ version: 1, operation: 'create' })
    })

    it('briefs the seed day: the third round’s date disputed, each side cited to its claim', async () => {
      const brief = await client().brief({ from: '2025-07-21', to: '2025-07-21' })
      const disputes = brief.sections.find((s) => s.id === 'disputes')
      const line = disputes?.sentences.find((s) => s.text.startsWith('Third round'))
      expect(line?.text).toContain('Wednesday 23 July 2025')
      expect(line?.text).toContain('Thursday 24 July 2025')
      const cited = line?.parts.flatMap((p) => p.citations.map((c) => c.claimIds)) ?? []
      expect(cited).toEqual([['r3-date-zelensky'], ['r3-date-tass']])
    })

    it('maps every seed attack and talk, counted by the store', async () => {
      const attacks = await client().eventMap({ kind: 'attack', zoom: 3 })
      expect(attacks.total).toBe(2)
      expect((await client().eventMap({ kind: 'talk' })).total).toBe(3)
    })
  })

  describe('writes and their refusals', () => {
    const json = (body: unknown, headers: Record<string, string>) => ({
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })

    it('updates with If-Match and refuses a stale one with 412', async () => {
      const current = await http(`/v1/talks/${julyRound.id}`)
      const version = current.headers.get('etag') ?? ''
      const changed = { ...julyRound, title: 'Third round (edited by the contract suite)' }
      const auth = { authorization: `Bearer ${target.keys.editor}` }
      const ok = await http(
        `/v1/talks/${julyRound.id}`,
        json(changed, { ...auth, 'if-match': version }),
      )
      expect(ok.status).toBe(200)
      const stale = await http(
        `/v1/talks/${julyRound.id}`,
        json(changed, { ...auth, 'if-match': version }),
      )
      expect(stale.status).toBe(412)
      expect((await problemOf(stale)).type).toBe('/problems/stale-version')
    })

    it('refuses writes without a key (401) and with a reader key (403), as problem+json', async () => {
      const body = json(julyRound, { 'if-match': '"1"' })
      expect((await problemOf(await http(`/v1/talks/${julyRound.id}`, body))).status).toBe(401)
      const reader = json(julyRound, {
        'if-match': '"1"',
        authorization: `Bearer ${target.keys.reader}`,
      })
      expect((await problemOf(await http(`/v1/talks/${julyRound.id}`, reader))).status).toBe(403)
    })

    it('raises problem+json as a typed error in the client', async () => {
      const error = await client()
        .talks.get('no-such-talk')
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SitrepApiError)
      expect(error instanceof SitrepApiError && error.problem.status).toBe(404)
    })

    it('names the fields of a bad query', async () => {
      const problem = await problemOf(await http('/v1/events?limit=9999&kind=battle'))
      expect(problem.issues?.map((i) => i.path)).toEqual(
        expect.arrayContaining(['limit', 'kind.0']),
      )
    })
  })
})
