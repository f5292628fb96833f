import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { launchChromium, open, screenshot, seriousViolations } from './browser.ts'
import { runScript, STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

/**
 * The real datasets sit beside the repository (never inside it); CI has them there. A checkout
 * elsewhere names their folder in SITREP_SHARED_DATA.
 */
const sharedData = process.env.SITREP_SHARED_DATA || join(repoRoot, '..', 'shared', 'data')
const present = [
  join(sharedData, 'air-force-missile-attacks', 'missile_attacks_daily.csv'),
  join(sharedData, 'cir-bellingcat-events', 'events.csv'),
].every((file) => existsSync(file))
if (!present) console.warn(`imported-data tests skipped: ${sharedData} lacks a dataset`)

let stack: WebStack | undefined
let browser: Browser | undefined
let page: Page
/** Uncaught errors and console errors since the page was opened. */
let errors: string[] = []

beforeAll(async () => {
  if (!present) return
  // Both datasets, imported once into this run's temporary store, as `npm run import:data` does.
  stack = await startWebStack({
    prepare: (dataDir) => runScript(['run', 'import:data', '--', '--from', sharedData], dataDir),
  })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/** Each list over the real data, and where its items are: none may open on an empty page. */
const lists = [
  ['timeline', '/timeline', '[data-testid="timeline-list"] > li'],
  ['attacks', '/attacks', 'main ul.cards > li'],
  ['attacks-2024', '/attacks?from=2024-01-01&to=2024-01-31', 'main ul.cards > li'],
  ['disputes', '/disputes', 'main section.fact'],
  ['statements', '/statements', 'main ul.cards > li'],
  ['search', '/search?q=drone', 'main ol.cards > li'],
] as const

/** Pages that are not lists, read with the real data behind them. */
const others = [
  ['overview', '/'],
  ['record', '/records/attack-ru-drones-ukraine-2025-07-21'],
] as const

const visit = async (target: Page, path: string) => {
  errors = []
  const response = await open(target, `${stack?.webUrl}${path}`)
  expect(response?.status()).toBe(200)
  // React reports a hydration error after the load event, once the page has hydrated
  await target.waitForLoadState('networkidle')
}

describe.skipIf(!present)('the web over both real datasets', () => {
  it.each(lists)(
    '%s (%s) opens on a full first page, with no console error or serious axe violation',
    async (name, path, items) => {
      await visit(page, path)
      expect(await page.locator(items).count()).toBeGreaterThan(0)
      await screenshot(page, `real-${name}`)
      expect(await seriousViolations(page)).toEqual([])
      expect(errors).toEqual([])
    },
  )

  it.each(others)('%s (%s) has no console error or serious axe violation', async (name, path) => {
    await visit(page, path)
    await screenshot(page, `real-${name}`)
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  const everyPath = [...lists, ...others].map(([name, path]) => [name, path] as const)
  it.each(everyPath)('%s (%s) has no sideways scroll at 390 px', async (_name, path) => {
    const phone = await (browser as Browser).newPage({ viewport: { width: 390, height: 844 } })
    await open(phone, `${stack?.webUrl}${path}`)
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth'),
    ).toBeLessThanOrEqual(390)
    await phone.close()
  })

  it('sends the overview in at most 200 kB, every chart named by a non-empty title', async () => {
    for (const path of ['/', '/?from=2025-01-01&to=2025-12-31', '/?bucket=day']) {
      const html = await (await fetch(`${stack?.webUrl}${path}`)).text()
      expect(Buffer.byteLength(html), path).toBeLessThanOrEqual(200_000)
      const titles = [...html.matchAll(/<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]?.trim())
      expect(titles.length, path).toBeGreaterThan(3)
      expect(titles.filter((t) => !t)).toEqual([])
    }
  })

  it('counts the attacks, and its facet links narrow the view to their count', async () => {
    await visit(page, '/attacks')
    const heading = await page.locator('#attack-list').textContent()
    expect(heading).toMatch(/^[\d,]+ attacks$/)
    const drone = page.locator('.facets a', { hasText: /^drone$/ })
    const count = await drone.locator('xpath=following-sibling::span[1]').textContent()
    await drone.click()
    await page.waitForURL(/weapon=drone/)
    await expect(page.locator('#attack-list').textContent()).resolves.toBe(`${count} attacks`)
  })

  it('jumps to a month and keeps it in the URL', async () => {
    await visit(page, '/attacks')
    await page.locator('input[name="month"]').fill('2023-03')
    await page.locator('form.month-jump button').click()
    await page.waitForURL(/from=2023-03-01&to=2023-03-31/)
    // The URL changes before the month's list has rendered: on a loaded machine the list is
    // briefly empty, so wait for its cards rather than count them once.
    await expect
      .poll(() => page.locator('main ul.cards > li').count(), { timeout: 20_000 })
      .toBeGreaterThan(0)
  })

  it('links downloads of exactly the view and shows its API URL', async () => {
    await visit(page, '/attacks?placeId=ua-kharkiv-oblast')
    const csv = await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href')
    expect(csv).toContain('/v1/export?format=csv&placeId=ua-kharkiv-oblast')
    expect(csv).toContain('kind=attack')
    const apiUrl = await page.locator('.api-url input').inputValue()
    const answer = (await (await fetch(apiUrl)).json()) as { items: unknown[] }
    expect(answer.items.length).toBeGreaterThan(0)
  })

  it('copies the API URL for the view to the clipboard', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await visit(page, '/attacks?placeId=ua-kharkiv-oblast')
    const apiUrl = await page.locator('.api-url input').inputValue()
    await page.locator('.api-url button', { hasText: 'Copy' }).click()
    await expect.poll(() => page.locator('.api-url button').textContent()).toBe('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apiUrl)
  })
})
