import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { verifyWebhook, WebhookVerificationError } from './verify-webhook.ts'

const secret = `whsec_${btoa(String.fromCharCode(...new Uint8Array(32).fill(7)))}`
const body = JSON.stringify({
  type: 'webhook.test',
  timestamp: '2025-07-21T12:00:00.000Z',
  data: { subscriptionId: 'sub_0123456789abcdef01' },
})
const signed = (at: Date, text = body) => ({
  'webhook-id': 'msg_0123456789abcdef0123',
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign('msg_0123456789abcdef0123', at, text),
})

describe('verifyWebhook', () => {
  it('returns the body of a delivery signed with the secret, from a Headers object too', () => {
    const headers = new Headers(signed(new Date()))
    expect(verifyWebhook(secret, body, headers)).toMatchObject({ type: 'webhook.test' })
  })

  it('refuses a changed body, another secret, and a timestamp outside five minutes', () => {
    const other = `whsec_${btoa(String.fromCharCode(...new Uint8Array(32).fill(9)))}`
    expect(() => verifyWebhook(secret, `${body} `, signed(new Date()))).toThrow(
      WebhookVerificationError,
    )
    expect(() => verifyWebhook(other, body, signed(new Date()))).toThrow(WebhookVerificationError)
    const stale = new Date(Date.now() - 10 * 60 * 1000)
    expect(() => verifyWebhook(secret, body, signed(stale))).toThrow(WebhookVerificationError)
  })
})
