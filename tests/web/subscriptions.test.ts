import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createClient } from '@sitrep/client'
import { julyRound } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { openSqliteStore } from '@sitrep/store/sqlite'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, open, screenshot, seriousViolations } from './browser.ts'
import { STACK_START_TIMEOUT_MS, startWebStack, type WebStack } from './web-stack.ts'

/** A receiver on loopback that answers 500 until told to recover; it keeps each webhook-id. */
let receiver: Server
let failing = true
const received: string[] = []
let hookUrl = ''

let stack: WebStack
let store: Store
let browser: Browser
let page: Page

beforeAll(async () => {
  receiver = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      received.push(String(req.headers['webhook-id']))
      res.writeHead(failing ? 500 : 204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  stack = await startWebStack({
    editorKey: true,
    apiEnv: { SITREP_WEBHOOK_ALLOW_PRIVATE: 'true', SITREP_WEBHOOK_IDLE_MS: '100' },
  })
  // The test's own connection to the API's SQLite file, to fast-forward 24 hours of failures.
  store = await openSqliteStore({ file: join(stack.dataDir, 'sitrep.db') })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
}, STACK_START_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await store?.close()
  await stack?.stop()
  receiver?.close()
})

const row = () => page.getByRole('row').filter({ hasText: hookUrl })
const notice = () => row().getByRole('status')

/**
 * A subscription whose receiver failed until the worker gave its delivery up and disabled it:
 * the API's loop makes the first attempt, the test records the last one of the 24 hours.
 */
const givenUpSubscription = async () => {
  const api = createClient({ baseUrl: stack.apiUrl, apiKey: stack.editorKey })
  const sub = await api.subscriptions.create({
    url: hookUrl,
    events: ['record.created'],
    description: 'newsroom alerts',
  })
  await store.createRecord(
    { ...julyRound, id: 'talk-webhook-ui', title: 'Webhook UI round' },
    {
      by: 'test',
    },
  )
  const firstAttempt = async () =>
    (await api.subscriptions.deliveries(sub.id)).items[0]?.attempts.length ?? 0
  await expect.poll(firstAttempt, { timeout: 60_000 }).toBeGreaterThan(0)
  const [delivery] = (await api.subscriptions.deliveries(sub.id)).items
  if (!delivery) throw new Error('no delivery')
  await store.recordOutcomes([
    {
      deliveryId: delivery.id,
      subscriptionId: sub.id,
      attempt: { attempt: 9, at: new Date().toISOString(), statusCode: 500, latencyMs: 2 },
      next: { status: 'failed', disableReason: 'deliveries failed for 24 hours (last: HTTP 500)' },
    },
  ])
  return delivery.id
}

describe('the webhooks page', () => {
  it('resumes a disabled subscription, tests it, retries its given-up delivery, pauses and deletes it', async () => {
    const deliveryId = await givenUpSubscription()
    await open(page, `${stack.webUrl}/subscriptions`)
    await expect.poll(() => row().getByText('Disabled', { exact: true }).count()).toBe(1)
    const retry = row().getByRole('button', { name: 'Retry' })
    expect(await retry.count()).toBe(1)
    await screenshot(page, 'subscriptions-1366')
    expect(await seriousViolations(page)).toEqual([])

    failing = false
    await row().getByRole('button', { name: 'Send test' }).click()
    await expect.poll(() => notice().textContent()).toContain('Test delivered: HTTP 204')

    await row().getByRole('button', { name: 'Resume' }).click()
    await expect.poll(() => row().getByRole('button', { name: 'Pause' }).count()).toBe(1)

    await row().getByRole('button', { name: 'Retry' }).click()
    await expect.poll(() => notice().textContent()).toContain('Queued again')
    // The receiver gets the very delivery that was given up, under its own webhook-id.
    await expect.poll(() => received.includes(deliveryId), { timeout: 60_000 }).toBe(true)
    // The worker records a round's outcomes after its sends: the page is read again until the
    // receiver's answer is on record, not once at the moment the receiver saw the delivery.
    await expect
      .poll(
        async () => {
          await open(page, `${stack.webUrl}/subscriptions`)
          return row().getByText('1 delivered', { exact: false }).count()
        },
        { timeout: 60_000 },
      )
      .toBe(1)
    expect(await row().getByRole('button', { name: 'Retry' }).count()).toBe(0)

    await row().getByRole('button', { name: 'Pause' }).click()
    await expect.poll(() => row().getByText('Paused', { exact: true }).count()).toBe(1)

    // Delete asks twice: the first press only opens the confirmation.
    await row().getByText('Delete…').click()
    await screenshot(page, 'subscriptions-confirm-delete')
    await row().getByRole('button', { name: 'Delete for good' }).click()
    await expect.poll(() => row().count()).toBe(0)
    await expect.poll(() => page.getByText('No subscriptions yet').count()).toBe(1)
  })

  it('fits a 390 px phone with its buttons, no sideways scroll', async () => {
    const api = createClient({ baseUrl: stack.apiUrl, apiKey: stack.editorKey })
    await api.subscriptions.create({ url: `${hookUrl}/phone`, events: ['record.created'] })
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await open(phone, `${stack.webUrl}/subscriptions`)
    await phone.getByRole('button', { name: 'Send test' }).first().waitFor()
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth'),
    ).toBeLessThanOrEqual(390)
    await screenshot(phone, 'subscriptions-390')
    expect(await seriousViolations(phone)).toEqual([])
    await phone.close()
  })
})
