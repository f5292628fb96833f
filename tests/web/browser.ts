import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { AxeResults } from 'axe-core'
import { type Browser, chromium, type Page } from 'playwright-core'
import { repoRoot } from '../e2e/running-api.ts'

/** Debian's Chromium, never a downloaded one; the flags keep it off the network and quiet. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * axe-core's serious and critical violations on the page as it stands. axe is evaluated through
 * the DevTools protocol rather than added as a <script>: the web's Content-Security-Policy
 * refuses inline scripts without its nonce, as it should.
 */
export const seriousViolations = async (page: Page) => {
  await page.evaluate(axeSource)
  const results = await page.evaluate<AxeResults>('axe.run(document)')
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

export const screenshotDir = join(repoRoot, 'tests', 'screenshots')

/** A full-page screenshot for people to look at; tests/screenshots is not committed. */
export const screenshot = async (page: Page, name: string) => {
  await mkdir(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/**
 * Opens a page and waits until its streamed content has replaced the loading fallback: React
 * reveals streamed boundaries after the load event, so "loaded" is not yet "rendered".
 */
export const open = async (page: Page, url: string) => {
  const response = await page.goto(url)
  await page.locator('.loading').waitFor({ state: 'detached' })
  return response
}
