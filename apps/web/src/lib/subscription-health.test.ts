import type { Subscription } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { describeFilter, subscriptionHealth } from './subscription-health.ts'

const base: Subscription = {
  id: 'sub_0123456789abcdef0123',
  url: 'https://hooks.example.org/sitrep',
  filter: {},
  events: ['record.created'],
  status: 'active',
  createdAt: '2025-07-21T12:00:00.000Z',
  updatedAt: '2025-07-21T12:00:00.000Z',
  health: { pending: 0, delivered: 4, failed: 0 },
}

describe('subscription health', () => {
  it('calls a subscription with no error healthy, one with an error retrying', () => {
    expect(subscriptionHealth(base).label).toBe('Healthy')
    const failing = { ...base, health: { ...base.health, pending: 2, lastError: 'HTTP 500' } }
    expect(subscriptionHealth(failing)).toMatchObject({ tone: 'warn', label: 'Retrying' })
    expect(subscriptionHealth(failing).detail).toContain('last error: HTTP 500')
  })

  it('gives a disabled subscription’s reason', () => {
    const disabled = { ...base, status: 'disabled' as const, disabledReason: 'failed for 24 hours' }
    expect(subscriptionHealth(disabled)).toEqual({
      tone: 'off',
      label: 'Disabled',
      detail: 'failed for 24 hours',
    })
  })

  it('says the filter in words', () => {
    expect(describeFilter(base)).toBe('every record')
    expect(describeFilter({ ...base, filter: { kind: ['attack'], placeId: 'ua-kyiv' } })).toBe(
      'attack in ua-kyiv',
    )
  })
})
