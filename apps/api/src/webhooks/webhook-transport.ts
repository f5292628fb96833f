/** Receivers answer within this, or the attempt counts as failed. */
export const DELIVERY_TIMEOUT_MS = 5_000
/** How much of a receiver's answer is kept, for the deliveries list. */
export const RESPONSE_EXCERPT_BYTES = 4096

/** One signed POST, ready to go. */
export interface WebhookPost {
  url: string
  headers: Record<string, string>
  body: string
}

/** What came back: the status and at most `RESPONSE_EXCERPT_BYTES` of the body. */
export interface WebhookAnswer {
  status: number
  excerpt: string
}

/**
 * Sends one POST. Every transport follows no redirect, gives up after `DELIVERY_TIMEOUT_MS`
 * (rejecting with an error named `TimeoutError`), reads at most `RESPONSE_EXCERPT_BYTES` of the
 * answer and drops the rest, so both entries share the delivery worker with the same rules.
 */
export type WebhookTransport = (post: WebhookPost) => Promise<WebhookAnswer>

/** Joins chunks and decodes at most `limit` bytes of them. */
export const decodeExcerpt = (chunks: readonly Uint8Array[], limit: number): string => {
  const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder().decode(bytes.subarray(0, limit))
}
