import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { launchChromium, open, screenshot } from './browser.ts'
import { runScript, STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

/** The real datasets sit beside the repository (never inside it); CI has them. */
const airForce = join(repoRoot, '..', 'shared', 'data', 'air-force-missile-attacks')
const present = existsSync(join(airForce, 'missile_attacks_daily.csv'))
if (!present) console.warn(`imported-data tests skipped: ${airForce} is absent`)

let stack: WebStack | undefined
let browser: Browser | undefined
let page: Page
beforeAll(async () => {
  if (!present) return
  stack = await startWebStack({
    prepare: (dataDir) =>
      runScript(
        [
          'run',
          'import:data',
          '--',
          join(airForce, 'missile_attacks_daily.csv'),
          '--dataset',
          'air-force',
        ],
        dataDir,
      ),
  })
  browser = await launchChromium()
  page = await browser.newPage()
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe.skipIf(!present)('the Air Force reports in the web', () => {
  it('lists imported attacks and marks them on the map', async () => {
    await open(page, `${stack?.webUrl}/attacks?from=2024-01-01&to=2024-01-31`)
    const items = page.locator('main li')
    expect(await items.count()).toBeGreaterThan(5)
    expect(await page.locator('svg circle').count()).toBeGreaterThan(0)
    await screenshot(page, 'attacks-imported')
  })

  it('shows the seed night with the article’s toll and the Air Force’s 426 drones on one record', async () => {
    await open(page, `${stack?.webUrl}/records/attack-ru-drones-ukraine-2025-07-21`)
    const text = await page.locator('main').innerText()
    expect(text).toContain('426')
    expect(text).toMatch(/Ukrainian officials|Zelensky/)
    await screenshot(page, 'record-seed-night-fused')
  })
})
