import type { RecordFilter, SitrepRecord } from '@sitrep/domain'
import type { RecordStore } from '../store.ts'

/** Every live record matching the filter, page by page, in the list's date order. */
export async function* allRecords(
  store: RecordStore,
  filter: RecordFilter = {},
  pageSize = 500,
): AsyncGenerator<SitrepRecord> {
  let cursor: string | undefined
  do {
    const page = await store.listRecords(filter, { limit: pageSize, ...(cursor ? { cursor } : {}) })
    for (const item of page.items) yield item.record
    cursor = page.nextCursor
  } while (cursor)
}
