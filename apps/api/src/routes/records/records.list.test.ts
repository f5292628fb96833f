import { StoredRecord } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import { facetedPageOf } from './records.routes.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())
const Page = facetedPageOf(StoredRecord)
const page = async (path: string) => Page.parse(await (await ctx.app.request(path)).json())

describe('GET /v1/records lists every kind together', () => {
  it('holds all 33 seed records', async () => {
    expect((await page('/v1/records?limit=500')).items).toHaveLength(33)
  })

  it('filters by several kinds at once', async () => {
    const kinds = new Set(
      (await page('/v1/records?kind=talk,attack&limit=500')).items.map((s) => s.record.kind),
    )
    expect(kinds).toEqual(new Set(['talk', 'attack']))
  })

  it('filters by a date range: the night of 20–21 July holds both attacks', async () => {
    const items = (await page('/v1/records?kind=attack&from=2025-07-20&to=2025-07-20')).items
    expect(items.map((s) => s.record.id).sort()).toEqual([
      'attack-ru-drones-ukraine-2025-07-21',
      'attack-ua-drones-russia-2025-07-21',
    ])
  })

  it('filters by actor: statements and claims by Russia’s Ministry of Defence', async () => {
    const ids = (await page('/v1/records?actorId=ru-mod&limit=500')).items.map((s) => s.record.id)
    expect(ids).toContain('attack-ua-drones-russia-2025-07-21')
    expect(ids).toContain('st-ru-mod-74-drones')
  })

  it('says how many records the filter matches beside the page, whatever its size', async () => {
    expect((await page('/v1/records?limit=2')).total).toEqual({ value: 33, exact: true })
    const attacks = await page('/v1/records?kind=attack&limit=1')
    expect(attacks.items).toHaveLength(1)
    expect(attacks.total.value).toBeGreaterThan(1)
    expect((await page('/v1/attacks?limit=1')).total).toEqual(attacks.total)
  })

  it('counts the matches by facet beside the page, each facet without its own filter', async () => {
    const { facets, total } = await page('/v1/records?kind=attack&facets=kind,attacker,disputed')
    expect(total).toEqual({ value: 2, exact: true })
    expect(facets?.kind?.map((f) => `${f.value} ${f.count}`)).toEqual([
      'statement 22',
      'aid 6',
      'talk 3',
      'attack 2',
    ])
    expect(facets?.attacker?.map((f) => f.label)).toEqual(['Russia', 'Ukraine'])
    expect(facets?.disputed).toEqual([
      { value: 'false', label: 'not disputed', count: 2, exact: true },
    ])
    expect((await page('/v1/records?limit=1')).facets).toBeUndefined()
  })

  it('filters by the facets’ own parameters: attacker, weapon, dataset, disputed', async () => {
    const ids = async (q: string) => (await page(`/v1/records?${q}`)).items.map((s) => s.record.id)
    expect(await ids('disputed=true')).toEqual(['talk-istanbul-2025-07'])
    expect(await ids('attackerId=ukraine&weapon=drone')).toEqual([
      'attack-ua-drones-russia-2025-07-21',
    ])
    expect(await ids('dataset=tass')).toHaveLength(2)
  })

  it('counts no kind facet on a per-kind route, whose kind is its path', async () => {
    const { facets } = await page('/v1/attacks?facets=kind,weapon')
    expect(facets).toEqual({ weapon: [{ value: 'drone', label: 'drone', count: 2, exact: true }] })
  })

  it('refuses an unknown facet', async () => {
    const res = await ctx.app.request('/v1/records?facets=colour')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('facets')
  })

  it('refuses an unknown kind with a problem naming the field', async () => {
    const res = await ctx.app.request('/v1/records?kind=battle')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('kind')
  })
})

describe('GET /v1/search', () => {
  it('finds the Patriot pledge by a word in its evidence', async () => {
    const ids = (await page('/v1/search?q=Patriot')).items.map((s) => s.record.id)
    expect(ids).toContain('aid-de-pledge-patriots-2025-07')
  })

  it('requires q', async () => {
    expect((await ctx.app.request('/v1/search')).status).toBe(400)
  })
})
