import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { editor, julyTalk } from './testing/fixtures.ts'

describe.each(dialectsUnderTest())('records as JSON text on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed(seedDataset)
    // An edited record too: its meta differs from a seeded one's.
    const { record, meta } = await store.getRecord(julyTalk().id)
    await store.updateRecord(record.id, { ...record, title: 'Retitled' }, meta.version, editor)
  })
  afterAll(() => store.close())

  it('gives the bytes the parsed, validated records stringify to, page by page', async () => {
    for (const filter of [{}, { kind: ['attack' as const] }, { sort: 'date' as const }]) {
      let cursor: string | undefined
      do {
        const page = { limit: 3, ...(cursor ? { cursor } : {}) }
        const parsed = await store.listRecords(filter, page)
        const text = await store.listRecordsJson(filter, page)
        expect(text.items).toEqual(parsed.items.map((item) => JSON.stringify(item)))
        expect(text.nextCursor).toBe(parsed.nextCursor)
        cursor = parsed.nextCursor
      } while (cursor)
    }
  })

  it('gives search results in the same order and bytes', async () => {
    const parsed = await store.search('Istanbul', {}, { limit: 2 })
    const text = await store.searchJson('Istanbul', {}, { limit: 2 })
    expect(text.items).toEqual(parsed.items.map((item) => JSON.stringify(item)))
    expect(text.nextCursor).toBe(parsed.nextCursor)
    expect(text.items.length).toBeGreaterThan(0)
  })
})
