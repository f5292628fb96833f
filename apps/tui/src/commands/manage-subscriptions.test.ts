import { describe, expect, it } from 'vitest'
import {
  describeSubscriptions,
  newSubscriptionOf,
  SubscriptionCreateFlags,
} from './manage-subscriptions.ts'

describe('sitrep subscriptions', () => {
  it('reads short event names and a kind list into a subscription', () => {
    const flags = SubscriptionCreateFlags.parse({
      url: 'https://hooks.example.org/x',
      kind: 'attack,aid',
      place: 'ua-kyiv',
      events: 'created,disputed',
    })
    expect(newSubscriptionOf(flags)).toEqual({
      url: 'https://hooks.example.org/x',
      filter: { kind: ['attack', 'aid'], placeId: 'ua-kyiv' },
      events: ['record.created', 'record.disputed'],
    })
  })

  it('refuses an event that does not exist', () => {
    expect(SubscriptionCreateFlags.safeParse({ url: 'x', events: 'edited' }).success).toBe(false)
  })

  it('shows each subscription with its delivery health', () => {
    const text = describeSubscriptions([
      {
        id: 'sub_0123456789abcdef0123',
        url: 'https://hooks.example.org/x',
        filter: {},
        events: ['record.created'],
        status: 'disabled',
        disabledReason: 'deliveries failed for 24 hours',
        createdAt: '2025-07-21T12:00:00.000Z',
        updatedAt: '2025-07-22T12:00:00.000Z',
        health: { pending: 3, delivered: 10, failed: 1, lastError: 'HTTP 500' },
      },
    ])
    expect(text).toContain('sub_0123456789abcdef0123  disabled')
    expect(text).toContain('10 delivered, 3 pending, 1 failed; last error: HTTP 500')
    expect(text).toContain('disabled: deliveries failed for 24 hours')
    expect(describeSubscriptions([])).toBe('no subscriptions')
  })
})
