import type { SitrepRecord } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationFailed } from './errors.ts'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries, editor, julyTalk } from './testing/fixtures.ts'

const ids = (page: { items: { record: { id: string } }[] }) => page.items.map((i) => i.record.id)

describe.each(dialectsUnderTest())('listing the seed on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed({ ...seedDataset, ...dictionaries })
  })
  afterAll(() => store.close())

  it('lists the three Istanbul rounds newest first, oldest first on sort=date', async () => {
    const talks = await store.listRecords({ kind: ['talk'] }, { limit: 50 })
    expect(ids(talks)).toEqual([
      'talk-istanbul-2025-07',
      'talk-istanbul-2025-06',
      'talk-istanbul-2025-05',
    ])
    expect(talks.nextCursor).toBeUndefined()
    const oldest = await store.listRecords({ kind: ['talk'], sort: 'date' }, { limit: 50 })
    expect(ids(oldest)).toEqual(ids(talks).reverse())
  })

  it('puts the undated statements last in either order, page after page', async () => {
    const undated = (page: { items: { record: SitrepRecord }[] }) =>
      page.items.map(
        ({ record }) => !record.claims.some((c) => c.fact === 'date' && c.value.resolved),
      )
    for (const sort of ['date', '-date'] as const) {
      const seen: boolean[] = []
      let cursor: string | undefined
      do {
        const page = await store.listRecords({ sort }, { limit: 3, ...(cursor ? { cursor } : {}) })
        seen.push(...undated(page))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toHaveLength(seedDataset.records.length)
      const firstUndated = seen.indexOf(true)
      expect(firstUndated).toBeGreaterThan(0)
      expect(seen.slice(firstUndated).every(Boolean)).toBe(true)
    }
  })

  it('finds the July round on either disputed day, Wednesday (Zelensky) or Thursday (TASS)', async () => {
    for (const day of ['2025-07-23', '2025-07-24']) {
      const page = await store.listRecords({ kind: ['talk'], from: day, to: day }, { limit: 50 })
      expect(ids(page)).toEqual(['talk-istanbul-2025-07'])
    }
    const june = await store.listRecords(
      { kind: ['talk'], from: '2025-06-10', to: '2025-06-10' },
      { limit: 50 },
    )
    expect(ids(june)).toEqual(['talk-istanbul-2025-06'])
  })

  it('finds a record whose month-long date starts well before the window ("In May")', async () => {
    const page = await store.listRecords(
      { kind: ['talk'], from: '2025-05-20', to: '2025-05-21' },
      { limit: 50 },
    )
    expect(ids(page)).toEqual(['talk-istanbul-2025-05'])
  })

  it('includes the places inside a region: Kharkiv oblast finds the strike on the city of Kharkiv', async () => {
    const page = await store.listRecords({ placeId: 'ua-kharkiv-oblast' }, { limit: 50 })
    expect(ids(page)).toContain('attack-ru-drones-ukraine-2025-07-21')
    expect(ids(page)).not.toContain('attack-ua-drones-russia-2025-07-21')
    const turkey = await store.listRecords({ placeId: 'tr', kind: ['talk'] }, { limit: 50 })
    expect(ids(turkey)).toHaveLength(3)
  })

  it('pages a region filter one record at a time in date order, both ways, each record once', async () => {
    const pageAll = async (sort: 'date' | '-date') => {
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = await store.listRecords(
          { placeId: 'tr', sort },
          { limit: 1, ...(cursor ? { cursor } : {}) },
        )
        seen.push(...ids(page))
        cursor = page.nextCursor
      } while (cursor)
      return seen
    }
    const inTurkey = new Set(ids(await store.listRecords({ placeId: 'tr' }, { limit: 500 })))
    // The order of the unfiltered list, which sorts on the records table's own columns.
    const expected = ids(await store.listRecords({}, { limit: 500 })).filter((id) =>
      inTurkey.has(id),
    )
    expect(expected.length).toBeGreaterThan(1)
    expect(await pageAll('-date')).toEqual(expected)
    expect(await pageAll('date')).toEqual([...expected].reverse())
  })

  it('filters by any actor a record names, evidence asserters included', async () => {
    const page = await store.listRecords({ actorId: 'rosaviatsiya' }, { limit: 50 })
    expect(ids(page)).toContain('attack-ua-drones-russia-2025-07-21')
    for (const item of page.items) {
      expect(JSON.stringify(item.record)).toContain('rosaviatsiya')
    }
  })

  it('filters by source, talk status, aid stage and category', async () => {
    const all = await store.listRecords(
      { sourceId: 'src-istanbul-talks-2025-07-21' },
      { limit: 500 },
    )
    expect(all.items).toHaveLength(seedDataset.records.length)
    expect(ids(await store.listRecords({ sourceId: 'src-other' }, { limit: 50 }))).toEqual([])
    const held = await store.listRecords({ status: 'held' }, { limit: 50 })
    expect(ids(held)).toEqual(['talk-istanbul-2025-06', 'talk-istanbul-2025-05'])
    const pledges = await store.listRecords(
      { stage: 'pledge', category: 'military' },
      { limit: 50 },
    )
    expect(ids(pledges)).toContain('aid-de-pledge-patriots-2025-07')
    for (const item of pledges.items) {
      expect(item.record).toMatchObject({ kind: 'aid', stage: 'pledge', category: 'military' })
    }
  })

  it('counts what a filter matches, exactly below the cap', async () => {
    expect(await store.countRecords({})).toEqual({ value: seedDataset.records.length, exact: true })
    expect(await store.countRecords({ kind: ['talk'] })).toEqual({ value: 3, exact: true })
    const turkey = await store.listRecords({ placeId: 'tr' }, { limit: 500 })
    expect(await store.countRecords({ placeId: 'tr' })).toEqual({
      value: turkey.items.length,
      exact: true,
    })
    const patriot = await store.listRecords({ q: 'Patriot' }, { limit: 500 })
    expect(patriot.items.length).toBeGreaterThan(0)
    expect((await store.countRecords({ q: 'Patriot' })).value).toBe(patriot.items.length)
    expect(await store.countRecords({ from: '2030-01-01' })).toEqual({ value: 0, exact: true })
  })

  it('counts a search within dates as the list finds it, records begun before `from` included', async () => {
    // The aid request of "this year" (2025) starts long before July: the count reads only the
    // window's matches, which must still reach back to it.
    for (const q of ['Patriot', 'drones', 'billion', 'Zelensky'])
      for (const [from, to] of [
        ['2025-07-01', '2025-07-31'],
        ['2025-07-21', '2025-07-21'],
        ['2025-06-01', '2026-06-30'],
      ] as const) {
        const found = await store.listRecords({ q, from, to }, { limit: 500 })
        expect((await store.countRecords({ q, from, to })).value).toBe(found.items.length)
        const { kind = [] } = await store.countFacets({ q, from, to }, ['kind'])
        const summed = kind.reduce((sum, entry) => sum + entry.count, 0)
        expect(summed).toBe(found.items.length)
      }
  })

  it('pages through everything exactly once with opaque cursors', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await store.listRecords({}, { limit: 4, ...(cursor ? { cursor } : {}) })
      seen.push(...ids(page))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(seedDataset.records.length)
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('refuses a cursor it did not issue, and a malformed filter', async () => {
    await expect(
      store.listRecords({}, { limit: 5, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toBeInstanceOf(ValidationFailed)
    const first = await store.listRecords({}, { limit: 1 })
    await expect(
      store.listRecords({ sort: 'date' }, { limit: 1, cursor: first.nextCursor ?? '' }),
    ).rejects.toBeInstanceOf(ValidationFailed)
    await expect(
      store.listRecords({ from: '2025-07-30', to: '2025-07-01' }, { limit: 5 }),
    ).rejects.toBeInstanceOf(ValidationFailed)
    await expect(store.listRecords({}, { limit: 100_000 })).rejects.toBeInstanceOf(ValidationFailed)
  })
})

describe.each(dialectsUnderTest())('cursor stability on $engine', (dialect) => {
  it('continues after the cursor when records are inserted before it', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await store.seed({ ...seedDataset, ...dictionaries })
      const first = await store.listRecords({ kind: ['talk'], sort: 'date' }, { limit: 2 })
      expect(ids(first)).toEqual(['talk-istanbul-2025-05', 'talk-istanbul-2025-06'])
      const earlier = { ...julyTalk(), id: 'talk-istanbul-2022-03', round: 1 }
      earlier.claims = earlier.claims.map((c) =>
        c.fact === 'date' && c.value.resolved
          ? { ...c, value: { ...c.value, start: '2022-03-29', end: '2022-03-29' } }
          : c,
      )
      await store.createRecord(earlier, editor)
      const second = await store.listRecords(
        { kind: ['talk'], sort: 'date' },
        { limit: 2, cursor: first.nextCursor ?? '' },
      )
      expect(ids(second)).toEqual(['talk-istanbul-2025-07'])
      // Newest first, a record dated before the cursor is still ahead of it.
      const newest = await store.listRecords({ kind: ['talk'] }, { limit: 2 })
      await store.createRecord({ ...julyTalk(), id: 'talk-istanbul-2026-01', round: 4 }, editor)
      const rest = await store.listRecords(
        { kind: ['talk'] },
        { limit: 5, cursor: newest.nextCursor ?? '' },
      )
      expect(ids(rest)).toEqual(['talk-istanbul-2025-05', 'talk-istanbul-2022-03'])
    } finally {
      await store.close()
    }
  })
})

describe.each(dialectsUnderTest())('a gazetteer loaded after the records on $engine', (dialect) => {
  it('puts existing records inside the regions of the new gazetteer', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await store.seed(seedDataset)
      expect(ids(await store.listRecords({ placeId: 'ua-kharkiv-oblast' }, { limit: 50 }))).toEqual(
        [],
      )
      await store.loadDictionaries(dictionaries)
      expect(ids(await store.listRecords({ placeId: 'ua-kharkiv-oblast' }, { limit: 50 }))).toEqual(
        ['attack-ru-drones-ukraine-2025-07-21'],
      )
    } finally {
      await store.close()
    }
  })
})
