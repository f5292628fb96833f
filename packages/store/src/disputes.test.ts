import { computeDisputes } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries, editor, julyTalk } from './testing/fixtures.ts'

const seedDisputes = seedDataset.records.flatMap((r) =>
  computeDisputes(r).map((d) => `${r.id} ${d.fact} ${d.key}`),
)

const everyPage = async (store: Store, limit: number, sort?: 'date' | '-date') => {
  const seen: string[] = []
  let cursor: string | undefined
  do {
    const page = await store.listDisputes(sort ? { sort } : {}, {
      limit,
      ...(cursor ? { cursor } : {}),
    })
    if (page.nextCursor) expect(page.items).toHaveLength(limit)
    seen.push(...page.items.map((d) => `${d.stored.record.id} ${d.fact} ${d.key}`))
    cursor = page.nextCursor
  } while (cursor)
  return seen
}

/**
 * Counts from the per-day rollup (kinds and an end date only) beside the same counts through the
 * index: `disputed: true` narrows nothing here (a disputed fact's record is disputed) but keeps
 * the filter off the rollup.
 */
const expectRollupAgrees = async (store: Store) => {
  for (const filter of [{}, { to: '2025-07-01' }, { kind: ['talk' as const] }])
    expect(await store.countDisputes(filter)).toEqual(
      await store.countDisputes({ ...filter, disputed: true }),
    )
}

describe.each(dialectsUnderTest())('the disputes index on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed({ ...seedDataset, ...dictionaries })
  })
  afterAll(() => store.close())

  it('lists the seed’s disputed facts, the Istanbul date among them, on a full first page', async () => {
    expect(seedDisputes).toContain('talk-istanbul-2025-07 date ')
    const first = await store.listDisputes({}, { limit: 1 })
    expect(first.items).toHaveLength(1)
    expect((await everyPage(store, 1)).sort()).toEqual([...seedDisputes].sort())
  })

  it('pages newest first by default and oldest first on sort=date, full pages, each fact once', async () => {
    const newest = await everyPage(store, 1)
    expect(await everyPage(store, 500)).toEqual(newest)
    expect(await everyPage(store, 1, 'date')).toEqual([...newest].reverse())
  })

  it('pages up to a date from the index’s own dates', async () => {
    const upTo = await store.listDisputes({ to: '2025-07-01' }, { limit: 500 })
    const dates = upTo.items.map((d) => d.stored.record.id)
    expect(dates).not.toContain('talk-istanbul-2025-07')
    const all = await everyPage(store, 500)
    const total = (await store.countDisputes({ to: '2025-07-01' })).reduce((n, c) => n + c.count, 0)
    expect(upTo.items).toHaveLength(total)
    expect(all.length).toBeGreaterThanOrEqual(total)
  })

  it('counts disputed facts by kind and fact name under the filter', async () => {
    const counts = await store.countDisputes({})
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(seedDisputes.length)
    expect(counts).toContainEqual(expect.objectContaining({ kind: 'talk', fact: 'date' }))
    expect(await store.countDisputes({ from: '2030-01-01' })).toEqual([])
    expect(await store.countDisputes({ q: 'zzzqqq' })).toEqual([])
    await expectRollupAgrees(store)
    const searched = await store.listDisputes({ q: 'Istanbul' }, { limit: 50 })
    expect(searched.items.map((d) => d.stored.record.id)).toContain('talk-istanbul-2025-07')
  })

  it('follows the record’s writes: a settled date leaves the index, a deleted record its lists', async () => {
    const talk = julyTalk()
    const settled = {
      ...talk,
      claims: talk.claims.filter(
        (c) => c.fact !== 'date' || !c.value.resolved || c.value.start === '2025-07-23',
      ),
    }
    await store.updateRecord(talk.id, settled, 1, editor)
    const ids = (await everyPage(store, 500)).map((d) => d.split(' ')[0])
    expect(ids).not.toContain(talk.id)
    await expectRollupAgrees(store)
    await store.updateRecord(talk.id, talk, 2, editor)
    expect((await everyPage(store, 500)).map((d) => d.split(' ')[0])).toContain(talk.id)
    await expectRollupAgrees(store)
    await store.deleteRecord(talk.id, 3, editor)
    expect((await everyPage(store, 500)).map((d) => d.split(' ')[0])).not.toContain(talk.id)
    await expectRollupAgrees(store)
  })
})
