import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, open, screenshot, seriousViolations } from './browser.ts'
import { STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

let stack: WebStack
let browser: Browser
let page: Page
/** Uncaught errors in the page since the test began: a hydration mismatch (#418) is one. */
let pageErrors: string[] = []

beforeAll(async () => {
  stack = await startWebStack()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('pageerror', (error) => pageErrors.push(error.message))
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/** Every page, and words from the seed article it must show. */
const pages = [
  ['overview', '/', 'Third round of Ukraine–Russia talks in Istanbul'],
  ['timeline', '/timeline', 'Germany to give Ukraine two more Patriot systems'],
  ['talks', '/talks', 'First round of Ukraine–Russia talks in Istanbul'],
  ['talk-round-3', '/talks/talk-istanbul-2025-07', 'Detailed ceasefire talks'],
  ['aid', '/aid', 'Ukraine asks for over €5 billion to boost weapons production this year'],
  ['attacks', '/attacks', 'Russian drone wave on Kyiv, Kharkiv and Ivano-Frankivsk'],
  ['statements', '/statements', 'We need more momentum in the negotiations to end the war'],
  ['disputes', '/disputes', 'Third round of Ukraine–Russia talks in Istanbul'],
  [
    'record-attack',
    '/records/attack-ru-drones-ukraine-2025-07-21',
    'At least one person was killed',
  ],
  ['search', '/search?q=Patriot', 'Germany to give Ukraine two more Patriot systems'],
  ['source', '/sources/src-istanbul-talks-2025-07-21', 'Records citing this source'],
  // This stack's web has no key: the ingest page says how to give it one.
  ['ingest-no-key', '/ingest', 'npm run keys -- create --role editor'],
  ['subscriptions-no-key', '/subscriptions', 'npm run keys -- create --role editor'],
  ['brief', '/brief?from=2025-07-21&to=2025-07-21', 'the date is disputed'],
] as const

describe('every page over the seeded API', () => {
  it.each(pages)(
    '%s (%s) shows the seed and has no serious accessibility violation',
    async (name, path, text) => {
      pageErrors = []
      const response = await open(page, `${stack.webUrl}${path}`)
      expect(response?.status()).toBe(200)
      await page
        .locator('main')
        .getByText(text, { exact: false })
        .first()
        .waitFor({ state: 'visible' })
      expect(await page.locator('main h1').count()).toBe(1)
      await screenshot(page, name)
      expect(await seriousViolations(page)).toEqual([])
      // React reports a hydration error after the load event, once the page has hydrated
      await page.waitForLoadState('networkidle')
      expect(pageErrors).toEqual([])
    },
  )

  it.each(pages)('%s (%s) has no sideways scroll on a 390 px phone', async (_name, path) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await open(phone, `${stack.webUrl}${path}`)
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth'),
    ).toBeLessThanOrEqual(390)
    await phone.close()
  })

  it('names the July round’s status alike in the talks list and on its page', async () => {
    await open(page, `${stack.webUrl}/talks`)
    const row = page.locator('tr', { hasText: 'Third round of Ukraine–Russia talks in Istanbul' })
    await expect(row.locator('td').last().textContent()).resolves.toBe('confirmed')
    await open(page, `${stack.webUrl}/talks/talk-istanbul-2025-07`)
    const status = page.locator('[data-fact="status"] .value')
    await expect(status.textContent()).resolves.toMatch(/^confirmed as of 2025-07-21/)
  })

  it.each(['/aid', '/talks', '/statements'])(
    'breaks no one-word table cell inside its word on %s',
    async (path) => {
      await open(page, `${stack.webUrl}${path}`)
      // A one-word cell ("request", "military") drawn on more than one line was cut mid-word.
      const broken = await page.evaluate<string[]>(`
        [...document.querySelectorAll('main th, main td')].filter((cell) => {
          const text = cell.textContent.trim()
          if (!text || /\\s/.test(text)) return false
          const range = document.createRange()
          range.selectNodeContents(cell)
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1
        }).map((cell) => cell.textContent.trim())`)
      expect(broken).toEqual([])
    },
  )

  it('serves a favicon', async () => {
    expect((await fetch(`${stack.webUrl}/favicon.ico`)).status).toBe(200)
  })

  it('lays the timeline out for a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await open(phone, `${stack.webUrl}/timeline`)
    const overflow = await phone.evaluate<boolean>(
      'document.documentElement.scrollWidth > document.documentElement.clientWidth',
    )
    expect(overflow).toBe(false)
    await screenshot(phone, 'timeline-phone')
    await phone.close()
  })
})
