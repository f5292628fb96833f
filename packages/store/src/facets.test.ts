import { type FacetName, facetFilterParam, type RecordFilter } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries } from './testing/fixtures.ts'

const every: FacetName[] = ['kind', 'oblast', 'attacker', 'weapon', 'dataset', 'disputed']

/** A facet value as the filter its link adds. */
const filterOf = (facet: FacetName, value: string): RecordFilter => {
  if (facet === 'kind') return { kind: [value as 'talk'] }
  if (facet === 'disputed') return { disputed: value === 'true' }
  return { [facetFilterParam[facet]]: value }
}

describe.each(dialectsUnderTest())('facets of the seed on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed({ ...seedDataset, ...dictionaries })
  })
  afterAll(() => store.close())

  it('counts what the filter each value adds would list', async () => {
    const facets = await store.countFacets({}, every)
    expect(Object.keys(facets).sort()).toEqual([...every].sort())
    for (const facet of every)
      for (const entry of facets[facet] ?? []) {
        const total = await store.countRecords(filterOf(facet, entry.value ?? ''))
        expect({ facet, ...entry }).toEqual({ facet, ...entry, count: total.value, exact: true })
      }
  })

  it('names the values: kinds, oblasts, attackers, weapon classes, outlets, disputed or not', async () => {
    const facets = await store.countFacets({}, every)
    const labels = (f: FacetName) => facets[f]?.map((e) => `${e.label} ${e.count}`)
    expect(labels('kind')).toEqual(['statement 22', 'aid 6', 'talk 3', 'attack 2'])
    expect(labels('attacker')).toEqual(['Russia 1', 'Ukraine 1'])
    expect(labels('weapon')).toEqual(['drone 2'])
    expect(labels('dataset')).toEqual(['Interfax-Ukraine 2', 'TASS 2', 'Russian news agencies 1'])
    expect(labels('disputed')).toEqual(['not disputed 32', 'disputed 1'])
    expect(labels('oblast')).toContain('Kyiv Oblast 1')
  })

  it('counts each facet without its own filter, so the other values stay in view', async () => {
    const facets = await store.countFacets({ kind: ['attack'], attackerId: 'russia' }, every)
    expect(facets.kind?.map((e) => e.value)).toEqual(['attack'])
    const byKind = await store.countFacets({ kind: ['attack'] }, ['kind'])
    expect(byKind.kind?.map((e) => e.value)).toEqual(['statement', 'aid', 'talk', 'attack'])
    expect(facets.attacker?.map((e) => `${e.value} ${e.count}`)).toEqual(['russia 1', 'ukraine 1'])
    expect(facets.weapon?.map((e) => `${e.value} ${e.count}`)).toEqual(['drone 1'])
  })

  it('filters by attacker, weapon class, dataset and dispute', async () => {
    const ids = async (filter: RecordFilter) =>
      (await store.listRecords(filter, { limit: 50 })).items.map((i) => i.record.id)
    expect(await ids({ disputed: true })).toEqual(['talk-istanbul-2025-07'])
    expect(await ids({ attackerId: 'ukraine', weapon: 'drone' })).toHaveLength(1)
    expect(await ids({ weapon: 'missile' })).toEqual([])
    expect((await store.countRecords({ dataset: 'tass' })).value).toBe(2)
    expect((await store.countRecords({ disputed: false })).value).toBe(32)
  })
})
