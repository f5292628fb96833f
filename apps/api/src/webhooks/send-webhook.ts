import { Webhook } from 'standardwebhooks'

/** Receivers answer within this, or the attempt counts as failed. */
export const DELIVERY_TIMEOUT_MS = 5_000
/** How much of a receiver's answer is kept, for the deliveries list. */
export const RESPONSE_EXCERPT_BYTES = 4096

export interface SentWebhook {
  ok: boolean
  statusCode?: number
  error?: string
  latencyMs: number
  responseExcerpt?: string
}

/** Reads at most `limit` bytes of a body and drops the rest unread. */
const excerptOf = async (response: Response, limit: number): Promise<string> => {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < limit) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
  }
  await reader.cancel().catch(() => {})
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder().decode(bytes.subarray(0, limit))
}

/**
 * POSTs one signed delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`, HMAC-SHA256 over `id.timestamp.body`). A redirect is not followed and
 * counts as a failure, as does any status outside 2xx, a refused connection or no answer in 5 s.
 */
export const sendWebhook = async (input: {
  url: string
  secret: string
  id: string
  body: string
  now: Date
  fetch?: typeof fetch
}): Promise<SentWebhook> => {
  const signature = new Webhook(input.secret).sign(input.id, input.now, input.body)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await (input.fetch ?? fetch)(input.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'sitrep-webhooks/1',
        'webhook-id': input.id,
        'webhook-timestamp': String(Math.floor(input.now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: input.body,
    })
    const responseExcerpt = await excerptOf(response, RESPONSE_EXCERPT_BYTES)
    const ok = response.status >= 200 && response.status < 300
    return {
      ok,
      statusCode: response.status,
      latencyMs: elapsed(),
      ...(responseExcerpt ? { responseExcerpt } : {}),
      ...(response.status >= 300 && response.status < 400
        ? { error: 'redirects are not followed' }
        : {}),
    }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return {
      ok: false,
      latencyMs: elapsed(),
      error: timedOut
        ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`
        : `could not connect: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
    }
  }
}
