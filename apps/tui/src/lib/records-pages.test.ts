import type { RecordFilter, StoredRecord } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { datedStatements, importThroughApi } from '../testing/dated-statements.ts'
import { seededApi } from '../testing/seeded-api.ts'
import type { ChainedPage } from './page-chain.ts'
import { fetchRecordsPage, hasDate } from './records-pages.ts'

let api: Awaited<ReturnType<typeof seededApi>>
beforeAll(async () => {
  api = await seededApi()
  // A dozen more dated records, so the dated part spans several small pages.
  await importThroughApi(api, datedStatements(12))
})
afterAll(() => api.store.close())

/** Every page of the timeline at `limit` rows a page, in order. */
const allPages = async (filter: Omit<RecordFilter, 'sort' | 'kind'>, limit: number) => {
  const pages: StoredRecord[][] = []
  let page: ChainedPage<StoredRecord> | undefined = await fetchRecordsPage(
    api.client,
    filter,
    limit,
  )
  while (page) {
    pages.push(page.items)
    page = await page.next?.(limit)
  }
  return pages
}

const dateOf = (s: StoredRecord) =>
  s.record.claims
    .flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value.start] : []))
    .sort()[0] ?? ''

describe('the timeline, page by page', () => {
  it('starts with dated records: the API’s newest-first order puts undated records last', async () => {
    const { items } = await api.client.records.list({ sort: '-date', limit: 3 })
    expect(items.map(hasDate)).toEqual([true, true, true])
  })

  it.each([1, 4, 7, 500])(
    'lists newest first and every undated record after the last dated one, at %i rows a page',
    async (limit) => {
      const everything = (await api.client.records.list({ limit: 500 })).items
      const rows = (await allPages({}, limit)).flat()
      expect(rows.map((r) => r.record.id).sort()).toEqual(everything.map((r) => r.record.id).sort())
      const dated = rows.filter(hasDate)
      expect(rows.slice(0, dated.length)).toEqual(dated)
      expect(rows.slice(dated.length).some(hasDate)).toBe(false)
      expect(dated.length).toBeGreaterThan(limit === 500 ? 0 : limit)
      const dates = dated.map(dateOf)
      expect(dates).toEqual([...dates].sort().reverse())
    },
  )

  it('reads the same rows in pages as in one request', async () => {
    const paged = (await allPages({}, 5)).flat().map((r) => r.record.id)
    const whole = (await allPages({}, 500)).flat().map((r) => r.record.id)
    expect(paged).toEqual(whole)
  })

  it('has no undated part once the officer filters by date: no undated record matches a date range', async () => {
    const pages = await allPages({ from: '2025-07-01', to: '2025-07-31' }, 4)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flat().every(hasDate)).toBe(true)
  })
})
