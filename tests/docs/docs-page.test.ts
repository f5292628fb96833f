import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApi, startApi } from '../e2e/running-api.ts'
import { launchChromium, screenshot } from '../web/browser.ts'

let api: RunningApi | undefined
let browser: Browser | undefined
beforeAll(async () => {
  api = await startApi()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

describe('/docs', () => {
  it('renders the interactive API reference offline, asking nothing of any other host', async () => {
    const page = await (browser as Browser).newPage()
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(api?.url ?? '')) elsewhere.push(request.url())
    })
    await page.goto(`${api?.url}/docs`)
    // Swagger UI parses the whole document before it draws: on a loaded 2-core machine that alone
    // took 24 s, so the wait is for rendering, not a speed limit (speed is the benchmarks' job).
    await page.getByText('/v1/talks', { exact: true }).first().waitFor({ timeout: 120_000 })
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20)
    expect(elsewhere).toEqual([])
    await screenshot(page, 'api-docs')
  })
})
