import {
  DELIVERY_TIMEOUT_MS,
  decodeExcerpt,
  RESPONSE_EXCERPT_BYTES,
  type WebhookTransport,
} from './webhook-transport.ts'

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
  return decodeExcerpt(chunks, limit)
}

/** The Web-standard transport: the Worker's only way out, and the default anywhere else. */
export const fetchTransport =
  (fetchImpl: typeof fetch = fetch): WebhookTransport =>
  async ({ url, headers, body }) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers,
      body,
    })
    return { status: response.status, excerpt: await excerptOf(response, RESPONSE_EXCERPT_BYTES) }
  }
