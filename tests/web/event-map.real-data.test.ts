import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { launchChromium, open, screenshot, seriousViolations } from './browser.ts'
import { runScript, STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

/** The real datasets beside the repository, as imported-data.test.ts finds them. */
const sharedData = process.env.SITREP_SHARED_DATA || join(repoRoot, '..', 'shared', 'data')
const present = [
  join(sharedData, 'air-force-missile-attacks', 'missile_attacks_daily.csv'),
  join(sharedData, 'cir-bellingcat-events', 'events.csv'),
].every((file) => existsSync(file))

let stack: WebStack | undefined
let browser: Browser | undefined
let page: Page

beforeAll(async () => {
  if (!present) return
  stack = await startWebStack({
    prepare: (dataDir) => runScript(['run', 'import:data', '--', '--from', sharedData], dataDir),
  })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

const numberIn = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))

/** What `/v1/map` says for the same filters: the figure the page must draw. */
const apiMap = async (query: string) =>
  (await (await fetch(`${stack?.apiUrl}/v1/map${query}`)).json()) as {
    total: number
    unplaced: number
    bins: { count: number }[]
  }

describe.skipIf(!present)('the map of every attack, over both real datasets', () => {
  it('draws bins for all attacks, not the page, and counts what the list counts', async () => {
    await open(page, `${stack?.webUrl}/attacks`)
    const all = await apiMap('?kind=attack')
    expect(all.total).toBeGreaterThan(5000)
    expect(all.bins.reduce((n, b) => n + b.count, 0) + all.unplaced).toBe(all.total)
    expect(numberIn(await page.locator('#event-map-heading').textContent())).toBe(all.total)
    expect(await page.locator('[data-testid="event-map"] a[data-bin]').count()).toBeGreaterThan(50)
    const listed = await page.locator('#attack-list').textContent()
    if (!listed?.includes('+')) expect(numberIn(listed)).toBe(all.total)
    await screenshot(page, 'real-event-map')
    expect(await seriousViolations(page)).toEqual([])
  })

  it("links a bin to the list of its place's attacks", async () => {
    await open(page, `${stack?.webUrl}/attacks`)
    const bin = page.locator('[data-testid="event-map"] a[data-bin]').first()
    const placeId = await bin.getAttribute('data-bin')
    await bin.click()
    await page.waitForURL(new RegExp(`placeId=${placeId}`))
    const listed = numberIn(await page.locator('#attack-list').textContent())
    expect(listed).toBeGreaterThan(0)
    expect(numberIn(await page.locator('#event-map-heading').textContent())).toBe(listed)
  })

  it('shades oblasts under their current names, each a link, and keeps a year in the URL', async () => {
    await open(page, `${stack?.webUrl}/attacks?map=oblasts`)
    expect(await page.locator('[data-testid="event-map"] a[data-oblast]').count()).toBeGreaterThan(
      15,
    )
    const table = (await page.locator('.event-map table').textContent()) ?? ''
    for (const name of ['Kyiv', 'Odesa', 'Zaporizhzhia', 'Mykolaiv']) expect(table).toContain(name)
    for (const old of ['Kiev', 'Odessa', 'Zaporizhzhya', 'Mykolayiv'])
      expect(table).not.toContain(old)
    await page.locator('.map-controls a', { hasText: /^2022$/ }).click()
    await page.waitForURL(
      /map=oblasts.*from=2022-01-01&to=2022-12-31|from=2022-01-01&to=2022-12-31.*map=oblasts/,
    )
    const year = await apiMap('?kind=attack&from=2022-01-01&to=2022-12-31')
    expect(numberIn(await page.locator('#event-map-heading').textContent())).toBe(year.total)
  })

  it('fits 390 px with labels of at least 11 px', async () => {
    const phone = await (browser as Browser).newPage({ viewport: { width: 390, height: 844 } })
    try {
      await open(phone, `${stack?.webUrl}/attacks`)
      expect(
        await phone.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(390)
      const heights = await phone
        .locator('[data-testid="event-map"] text')
        .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height))
      expect(heights.length).toBeGreaterThan(0)
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(11)
      await screenshot(phone, 'real-event-map-390')
    } finally {
      await phone.close()
    }
  })
})
