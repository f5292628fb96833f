import { describe, expect, it } from 'vitest'
import { describeTest, SubscriptionForm } from './subscription-intent.ts'

describe('the webhooks page form', () => {
  it('accepts the four buttons and a retry naming its delivery', () => {
    for (const intent of ['pause', 'resume', 'test', 'delete', 'retry:msg_2abc'])
      expect(SubscriptionForm.safeParse({ id: 'sub_1', intent }).success).toBe(true)
  })

  it('refuses an unknown button, a retry without a delivery and a missing id', () => {
    expect(SubscriptionForm.safeParse({ id: 'sub_1', intent: 'drop' }).success).toBe(false)
    expect(SubscriptionForm.safeParse({ id: 'sub_1', intent: 'retry:' }).success).toBe(false)
    expect(SubscriptionForm.safeParse({ id: null, intent: 'pause' }).success).toBe(false)
  })
})

describe('describeTest', () => {
  it('says how the receiver answered a test delivery', () => {
    expect(describeTest({ ok: true, statusCode: 204, latencyMs: 12 })).toEqual({
      tone: 'ok',
      text: 'Test delivered: HTTP 204 in 12 ms.',
    })
    expect(
      describeTest({ ok: false, error: 'could not connect: ECONNREFUSED', latencyMs: 3 }).text,
    ).toBe('Test not delivered: could not connect: ECONNREFUSED (3 ms).')
  })
})
