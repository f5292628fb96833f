import { openSqliteStore } from '@sitrep/store/sqlite'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, open, screenshot } from './browser.ts'
import { STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

let stack: WebStack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startWebStack()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe('the timeline filters', () => {
  it('puts a changed filter in the URL and lists only what it selects', async () => {
    await open(page, `${stack.webUrl}/timeline`)
    const cards = page.locator('[data-testid="timeline-list"] article')
    const before = await cards.count()
    await page.getByRole('checkbox', { name: 'Talks' }).check()
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('kind') === 'talk'),
      page.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    // A client-side navigation changes the URL before it renders: poll for the new list.
    const kindsShown = () => cards.evaluateAll((els) => els.map((e) => e.className))
    await expect.poll(kindsShown, { timeout: 30_000 }).toHaveLength(3)
    const kinds = await kindsShown()
    expect(kinds.every((k) => k.includes('kind-talk'))).toBe(true)
    expect(before).toBeGreaterThan(3)
  })

  it('reads a shared URL back into the form', async () => {
    await open(page, `${stack.webUrl}/timeline?kind=attack&placeId=ua-ivano-frankivsk-oblast`)
    await expect(page.getByRole('checkbox', { name: 'Attack' }).isChecked()).resolves.toBe(true)
    expect(await page.getByLabel('Place').inputValue()).toBe('ua-ivano-frankivsk-oblast')
    const titles = await page.locator('[data-testid="timeline-list"] h3').allTextContents()
    expect(titles).toEqual(['Russian drone wave on Kyiv, Kharkiv and Ivano-Frankivsk'])
  })

  it('pages through the timeline with the cursor in the URL, filters kept', async () => {
    await open(page, `${stack.webUrl}/timeline?kind=statement&limit=5`)
    const titles = () => page.locator('[data-testid="timeline-list"] h3').allTextContents()
    const first = await titles()
    await Promise.all([
      page.waitForURL((url) => url.searchParams.has('cursor')),
      page.getByRole('link', { name: 'Next page →' }).click(),
    ])
    await expect.poll(titles, { timeout: 30_000 }).not.toEqual(first)
    const second = await titles()
    expect(new URL(page.url()).searchParams.get('kind')).toBe('statement')
    expect(second).toHaveLength(5)
    expect(second.filter((t) => first.includes(t))).toEqual([])
  })

  it('lists newest first, and keeps an order chosen in the form through the next filter', async () => {
    const titles = () => page.locator('[data-testid="timeline-list"] h3').allTextContents()
    await open(page, `${stack.webUrl}/timeline?kind=talk`)
    expect(await page.getByLabel('Order').inputValue()).toBe('-date')
    const newest = await titles()
    expect(newest[0]).toBe('Third round of Ukraine–Russia talks in Istanbul')
    await page.getByLabel('Order').selectOption('date')
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('sort') === 'date'),
      page.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    await expect.poll(titles, { timeout: 30_000 }).toEqual([...newest].reverse())
    expect(new URL(page.url()).searchParams.get('kind')).toBe('talk')
    expect(await page.getByLabel('Order').inputValue()).toBe('date')
  })

  it('names the parameter at fault in a bad URL instead of failing', async () => {
    await open(page, `${stack.webUrl}/timeline?from=2025-07-30&to=2025-07-01`)
    expect(await page.locator('main [role="alert"]').textContent()).toContain(
      'to must not be before from',
    )
  })

  it.each(['timeline', 'talks', 'search?q=Patriot&'])(
    'names a cursor the API refuses on /%s instead of failing, and keeps the form',
    async (path) => {
      const url = `${stack.webUrl}/${path.includes('?') ? path : `${path}?`}cursor=garbage`
      const res = await open(page, url)
      expect(res?.status()).toBe(200)
      const alert = page.locator('main [role="alert"]')
      expect(await alert.textContent()).toContain('not a cursor this store issued')
      expect(await page.locator('main form').count()).toBeGreaterThan(0)
    },
  )
})

describe('without JavaScript', () => {
  it('shows the records and filters them through the plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${stack.webUrl}/timeline`)
    await noScript.getByText('Germany to give Ukraine two more Patriot systems').waitFor()
    await noScript.getByRole('checkbox', { name: 'Aid' }).check()
    await Promise.all([
      noScript.waitForURL((url) => url.searchParams.get('kind') === 'aid'),
      noScript.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    const titles = await noScript.locator('[data-testid="timeline-list"] h3').allTextContents()
    expect(titles).toContain('Germany to give Ukraine two more Patriot systems')
    expect(titles).not.toContain('Third round of Ukraine–Russia talks in Istanbul')
    await screenshot(noScript, 'timeline-no-javascript')
    await context.close()
  })
})

describe('the July Istanbul round', () => {
  it('shows both dates side by side, Zelensky’s and TASS’s, with their attribution', async () => {
    await open(page, `${stack.webUrl}/talks/talk-istanbul-2025-07`)
    const date = page.locator('li[data-fact="date"]')
    await expect(date.locator('.badge.disputed').isVisible()).resolves.toBe(true)
    const positions = date.locator('section.position')
    expect(await positions.count()).toBe(2)
    const texts = await positions.allInnerTexts()
    const zelensky = texts.find((t) => t.includes('Wed, 23 Jul 2025'))
    const tass = texts.find((t) => t.includes('Thu, 24 Jul 2025'))
    expect(zelensky).toContain('Volodymyr Zelensky')
    expect(zelensky).toContain('named official')
    expect(tass).toContain('TASS')
    expect(tass).toContain('unnamed source')
    await screenshot(page, 'talk-round-3-dates')
  })

  it('links each piece of evidence to its words, marked in the source text', async () => {
    await open(page, `${stack.webUrl}/talks/talk-istanbul-2025-07`)
    const tass = page.locator('[data-evidence-id="r3-date-tass"]')
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/sources/')),
      tass.getByRole('link').click(),
    ])
    // The URL changes as the client-side navigation starts, before the loading state shows: wait
    // for the source page's own spans rather than for a loading state that may not have begun.
    await page.locator('main .source-text mark').first().waitFor()
    expect(new URL(page.url()).hash).toBe('#ev-r3-date-tass')
    const marked = await page.locator('main mark').allTextContents()
    expect(marked.join(' ')).toContain('named Thursday as the date for the fresh negotiations')
  })
})

describe('the attacks map', () => {
  it('draws every matching attack where it happened, each bin a link to its list', async () => {
    await open(page, `${stack.webUrl}/attacks`)
    const map = page.getByTestId('event-map')
    expect(await map.locator('path').count()).toBeGreaterThan(27)
    // The night's wave over three cities is one event, at the first city it names; Moscow's
    // airports lie beyond the frame of Ukraine.
    const kyiv = map.locator('a[data-bin="ua-kyiv"]')
    expect(await kyiv.locator('circle').isVisible()).toBe(true)
    await kyiv.click()
    await page.waitForURL(/placeId=ua-kyiv/)
    expect(await page.locator('#attack-list').textContent()).toMatch(/^1 attack$/)
  })
})

describe('hostile text in a record', () => {
  it('renders script tags and HTML in a statement as text', async () => {
    const store = await openSqliteStore({ file: `${stack.dataDir}/sitrep.db` })
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    await store.createRecord(
      {
        kind: 'statement',
        id: 'st-hostile',
        title: `<b>Hostile</b> ${hostile}`,
        speaker: { type: 'unnamed', description: '<i>someone</i>' },
        mode: 'quote',
        text: hostile,
        channel: 'remarks',
        aboutIds: [],
        claims: [
          {
            id: 'st-hostile-date',
            fact: 'date',
            value: {
              resolved: true,
              start: '2025-07-21',
              end: '2025-07-21',
              precision: 'day',
              raw: 'Monday',
            },
            sourceId: 'src-istanbul-talks-2025-07-21',
            quote: hostile,
            assertedBy: { type: 'unnamed', description: '<i>someone</i>' },
            attribution: 'unnamed-source',
            verification: 'unverified',
          },
        ],
      },
      { by: 'browser-test' },
    )
    await store.close()
    for (const path of ['/records/st-hostile', '/statements']) {
      await open(page, `${stack.webUrl}${path}`)
      expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined()
      expect(await page.locator('main').textContent()).toContain(
        '<script>window.__pwned = 1</script>',
      )
      expect(await page.locator('main img').count()).toBe(0)
    }
    await screenshot(page, 'record-hostile')
  })
})

describe('a deleted record', () => {
  it('is shown as it was before, marked deleted with who, when and why, and left out of lists', async () => {
    const store = await openSqliteStore({ file: `${stack.dataDir}/sitrep.db` })
    const { record } = await store.getRecord('st-zelensky-next-round-wednesday')
    const copy = { ...record, id: 'st-deleted-copy', title: 'A statement deleted by an editor' }
    await store.createRecord(copy, { by: 'browser-test' })
    await store.deleteRecord(copy.id, 1, { by: 'browser-test', reason: 'duplicate of another' })
    await store.close()
    const response = await open(page, `${stack.webUrl}/records/st-deleted-copy`)
    expect(response?.status()).toBe(200)
    const notice = await page.getByTestId('deleted-notice').textContent()
    expect(notice).toContain('Deleted')
    expect(notice).toContain('browser-test')
    expect(notice).toContain('duplicate of another')
    expect(notice).toContain('If-Match: "2"')
    expect(await page.locator('main h1').textContent()).toBe(copy.title)
    await screenshot(page, 'record-deleted')
    await open(page, `${stack.webUrl}/statements`)
    expect(await page.locator('main').textContent()).not.toContain(copy.title)
  })
})

describe('an unknown record', () => {
  it('gets the not-found page with a 404 status, with ways back', async () => {
    const response = await open(page, `${stack.webUrl}/records/no-such-record`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('main h1').textContent()).toBe('Not found')
    expect(await page.locator('main').getByRole('link', { name: 'timeline' }).count()).toBe(1)
  })
})

describe('the pages’ Content-Security-Policy', () => {
  it('allows only this origin, and Next’s own inline scripts run with the nonce', async () => {
    const refused: string[] = []
    const onConsole = (m: { text: () => string }) => {
      if (m.text().includes('Content Security Policy')) refused.push(m.text())
    }
    page.on('console', onConsole)
    const response = await open(page, `${stack.webUrl}/statements`)
    page.off('console', onConsole)
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(await page.evaluate<boolean>('Array.isArray(self.__next_f)')).toBe(true)
    expect(refused).toEqual([])
  })
})

describe('a statement’s subjects', () => {
  it('are named by their titles, not their ids', async () => {
    await open(page, `${stack.webUrl}/statements`)
    const about = await page.locator('main article p', { hasText: 'About:' }).allInnerTexts()
    expect(about.join('\n')).toContain('Third round of Ukraine–Russia talks in Istanbul')
    expect(about.join('\n')).not.toContain('talk-istanbul-2025-07')
  })
})

// Last: it stops the API for the rest of this file.
describe('when the API is down', () => {
  it('shows the route’s error state, not a crash or an empty list', async () => {
    await stack.stopApi()
    const response = await page.goto(`${stack.webUrl}/timeline?kind=talk`)
    await page.locator('.loading').waitFor({ state: 'detached' })
    expect(response?.status()).toBe(200)
    // The error boundary is drawn in the browser once the page's scripts run; on a loaded 2-core
    // machine that can take a while, and a page drawn without it is shown in the failure.
    const alert = page.locator('main [role="alert"]')
    const drawn = await alert.waitFor({ timeout: 90_000 }).then(
      () => true,
      () => false,
    )
    expect(drawn, `no alert; main says: ${await page.locator('main').textContent()}`).toBe(true)
    expect(await alert.textContent()).toContain('The sitrep API did not answer as expected')
    await screenshot(page, 'timeline-api-down')
  })
})
