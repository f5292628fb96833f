import type { Store } from '@sitrep/store'
import { readWebhookSettings } from '../config/webhook-settings.ts'
import type { WebhookOptions } from '../routes/subscriptions/subscriptions.index.ts'
import { deliveryWorker } from '../webhooks/delivery-worker.ts'
import { secretBox } from '../webhooks/secret-box.ts'

/** A Cron Trigger's run stops starting rounds after this, well inside a Worker's limits. */
const CRON_BUDGET_MS = 25_000

/** The routes' options in a Worker: without `SITREP_WEBHOOK_KEY`, subscriptions answer 503. */
export const workerWebhookOptions = async (
  env: Readonly<Record<string, unknown>>,
): Promise<WebhookOptions> => {
  const settings = readWebhookSettings(env)
  return {
    allowPrivateTargets: settings.SITREP_WEBHOOK_ALLOW_PRIVATE,
    ...(settings.SITREP_WEBHOOK_KEY ? { box: await secretBox(settings.SITREP_WEBHOOK_KEY) } : {}),
  }
}

/**
 * What the Worker's `scheduled` handler runs (wrangler.toml `[triggers] crons = ["* * * * *"]`):
 * fan the D1 outbox out and send what is due, round after round until idle or out of budget.
 */
export const deliverFromCron = async (store: Store, options: WebhookOptions) => {
  if (!options.box) return { fannedOut: 0, attempted: 0, delivered: 0 }
  const worker = deliveryWorker({
    store,
    box: options.box,
    allowPrivateTargets: options.allowPrivateTargets ?? false,
  })
  return worker.drain(Date.now() + CRON_BUDGET_MS)
}
