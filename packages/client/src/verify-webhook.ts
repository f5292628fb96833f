import type { WebhookPayload, WebhookTestPayload } from '@sitrep/domain'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'

export { WebhookVerificationError }

/** A delivery's body once its signature is checked: a record event, or a test ping. */
export type VerifiedWebhook = WebhookPayload | WebhookTestPayload

const plainHeaders = (headers: Headers | Record<string, string>): Record<string, string> => {
  if (!(headers instanceof Headers)) return headers
  const plain: Record<string, string> = {}
  headers.forEach((value, name) => {
    plain[name] = value
  })
  return plain
}

/**
 * Checks a sitrep webhook delivery (Standard Webhooks: HMAC-SHA256 over `id.timestamp.body`,
 * timestamps within five minutes) and returns its parsed body; throws
 * `WebhookVerificationError` otherwise. Pure JavaScript over the raw body text, so it runs in
 * Workers, Node and Deno alike. Deduplicate by the `webhook-id` header: a delivery can come
 * more than once.
 *
 * ```ts
 * const event = verifyWebhook(env.SITREP_WEBHOOK_SECRET, await request.text(), request.headers)
 * ```
 */
export const verifyWebhook = (
  secret: string,
  body: string,
  headers: Headers | Record<string, string>,
): VerifiedWebhook => new Webhook(secret).verify(body, plainHeaders(headers)) as VerifiedWebhook
