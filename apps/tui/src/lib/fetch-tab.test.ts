import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TABS } from '../tabs.ts'
import { seededApi } from '../testing/seeded-api.ts'
import { fetchTabPage, type TabPage } from './fetch-tab.ts'
import { fetchDepth } from './page-chain.ts'

let api: Awaited<ReturnType<typeof seededApi>>
beforeAll(async () => {
  api = await seededApi()
})
afterAll(() => api.store.close())

const ids = (page: TabPage) => page.items.map((i) => i.id)

describe('a tab, page by page', () => {
  it.each(TABS.map((t) => t.id))(
    'reads %s in pages of two as the same rows as in one request',
    async (tab) => {
      const whole = await fetchTabPage(api.client, tab, {}, 500)
      expect(whole.next).toBeUndefined()
      const paged: string[] = []
      let page: TabPage | undefined = await fetchTabPage(api.client, tab, {}, 2)
      while (page) {
        paged.push(...ids(page))
        page = await page.next?.(2)
      }
      expect(paged).toEqual(ids(whole))
    },
  )

  it('reads as deep as a refresh asks, then carries on after the last row read', async () => {
    const whole = ids(await fetchTabPage(api.client, 'statements', {}, 500))
    const deep = await fetchDepth((limit) => fetchTabPage(api.client, 'statements', {}, limit), 7)
    expect(ids(deep)).toEqual(whole.slice(0, 7))
    const after = await deep.next?.(3)
    expect(after && ids(after)).toEqual(whole.slice(7, 10))
  })
})
