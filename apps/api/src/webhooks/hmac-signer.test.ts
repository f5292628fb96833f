import { describe, expect, it } from 'vitest'
import { hmacSigner } from './hmac-signer.ts'
import { newWebhookSecret } from './secret-box.ts'
import { standardSigner } from './webhook-signer.ts'

describe('hmacSigner', () => {
  it('signs exactly as the Standard Webhooks package does', () => {
    const at = new Date('2026-12-06T15:00:00.123Z')
    const bodies = ['{}', '{"title":"Ankara — talks, 5 €"}', 'x'.repeat(10_000)]
    for (let i = 0; i < 5; i += 1) {
      const secret = newWebhookSecret()
      for (const body of bodies)
        expect(hmacSigner(secret).sign(`msg_${i}`, at, body)).toBe(
          standardSigner(secret).sign(`msg_${i}`, at, body),
        )
    }
  })
})
