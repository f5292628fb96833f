import { fetchTransport } from './fetch-transport.ts'
import type { WebhookSigner } from './webhook-signer.ts'
import { DELIVERY_TIMEOUT_MS, type WebhookTransport } from './webhook-transport.ts'

export interface SentWebhook {
  ok: boolean
  statusCode?: number
  error?: string
  latencyMs: number
  responseExcerpt?: string
}

const defaultTransport = fetchTransport()

const failureOf = (error: unknown): string => {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return `could not connect: ${cause instanceof Error ? cause.message : String(cause)}`
}

/**
 * POSTs one signed delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`, HMAC-SHA256 over `id.timestamp.body`). A redirect is not followed and
 * counts as a failure, as does any status outside 2xx, a refused connection or no answer in 5 s.
 * `signer` is made once per subscription secret by the caller, not once per delivery.
 */
export const sendWebhook = async (input: {
  url: string
  signer: WebhookSigner
  id: string
  body: string
  now: Date
  transport?: WebhookTransport
}): Promise<SentWebhook> => {
  const signature = input.signer.sign(input.id, input.now, input.body)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const { status, excerpt } = await (input.transport ?? defaultTransport)({
      url: input.url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'sitrep-webhooks/1',
        'webhook-id': input.id,
        'webhook-timestamp': String(Math.floor(input.now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: input.body,
    })
    return {
      ok: status >= 200 && status < 300,
      statusCode: status,
      latencyMs: elapsed(),
      ...(excerpt ? { responseExcerpt: excerpt } : {}),
      ...(status >= 300 && status < 400 ? { error: 'redirects are not followed' } : {}),
    }
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: failureOf(error) }
  }
}
