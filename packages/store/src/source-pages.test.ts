import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { ValidationFailed } from './errors.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'

describe.each(dialectsUnderTest())('paging sources on $engine', (dialect) => {
  it('pages sources in id order, each once, and refuses a cursor of another list', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const ids = ['src-c', 'src-a', 'src-e', 'src-b', 'src-d']
      for (const id of ids)
        await store.upsertSource({ ...istanbulTalksArticle, id, url: undefined })
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = await store.pageSources({ limit: 2, ...(cursor ? { cursor } : {}) })
        expect(page.items.length).toBeLessThanOrEqual(2)
        seen.push(...page.items.map((s) => s.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toEqual([...ids].sort())
      const some = await store.getSources(['src-e', 'src-a', 'src-a', 'src-unknown'])
      expect(some.map((s) => s.id).sort()).toEqual(['src-a', 'src-e'])
      expect(await store.getSources([])).toEqual([])
      const records = await store.listRecords({}, { limit: 1 })
      await expect(
        store.pageSources({ limit: 2, cursor: records.nextCursor ?? 'bm90' }),
      ).rejects.toBeInstanceOf(ValidationFailed)
    } finally {
      await store.close()
    }
  })
})
