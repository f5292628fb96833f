import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationFailed } from './errors.ts'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'

const ids = (page: { items: { record: { id: string } }[] }) => page.items.map((i) => i.record.id)

describe.each(dialectsUnderTest())('full-text search on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed(seedDataset)
  })
  afterAll(() => store.close())

  it('ranks a record whose title names the words above records that only quote them', async () => {
    const page = await store.search('Patriot systems', {}, { limit: 10 })
    expect(ids(page)[0]).toBe('aid-de-pledge-patriots-2025-07')
  })

  it('searches evidence quotes and stems words ("airport" finds "airports")', async () => {
    const page = await store.search('Rosaviatsiya airport', {}, { limit: 10 })
    expect(ids(page)).toContain('attack-ua-drones-russia-2025-07-21')
  })

  it('combines the words with the record filters', async () => {
    const page = await store.search('Istanbul', { kind: ['talk'] }, { limit: 10 })
    expect(ids(page).sort()).toEqual([
      'talk-istanbul-2025-05',
      'talk-istanbul-2025-06',
      'talk-istanbul-2025-07',
    ])
    const viaList = await store.listRecords({ q: 'Istanbul', kind: ['talk'] }, { limit: 10 })
    expect(ids(viaList)).toEqual(ids(page))
  })

  it('pages through ranked results without repeats', async () => {
    const all = ids(await store.search('Zelensky', {}, { limit: 100 }))
    expect(all.length).toBeGreaterThan(3)
    const paged: string[] = []
    let cursor: string | undefined
    do {
      const page = await store.search('Zelensky', {}, { limit: 2, ...(cursor ? { cursor } : {}) })
      paged.push(...ids(page))
      cursor = page.nextCursor
    } while (cursor)
    expect(paged).toEqual(all)
  })

  it('ranks the matches inside a date window, so older records are found beside newer ones', async () => {
    const june = await store.search(
      'Istanbul',
      { from: '2025-06-10', to: '2025-06-20' },
      { limit: 10 },
    )
    expect(ids(june)).toEqual(['talk-istanbul-2025-06'])
    const may = await store.search('Istanbul', { to: '2025-05-31' }, { limit: 10 })
    expect(ids(may)).toEqual(['talk-istanbul-2025-05'])
  })

  it('finds a rewritten record once, by its new words and not its old ones', async () => {
    const { record, meta } = await store.getRecord('talk-istanbul-2025-07')
    await store.updateRecord(
      record.id,
      { ...record, title: 'Third round of talks at Çırağan Palace' },
      meta.version,
      { by: 'editor', reason: 'test edit' },
    )
    expect(ids(await store.search('Çırağan', {}, { limit: 10 }))).toEqual([record.id])
    expect(ids(await store.search('Istanbul', { kind: ['talk'] }, { limit: 10 }))).toHaveLength(3)
  })

  it('treats search syntax typed by a user as plain words', async () => {
    const page = await store.search('"drones* (Moscow', {}, { limit: 10 })
    expect(ids(page)).toContain('attack-ua-drones-russia-2025-07-21')
    expect((await store.search('***', {}, { limit: 10 })).items).toEqual([])
    await expect(store.search('', {}, { limit: 10 })).rejects.toBeInstanceOf(ValidationFailed)
  })
})
