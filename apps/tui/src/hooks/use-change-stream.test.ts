import { describe, expect, it } from 'vitest'
import { connectionOf } from './use-change-stream.ts'

describe('connectionOf', () => {
  it('reads a dropped stream as reconnecting, and as offline once the API cannot be reached', () => {
    const network = new TypeError('fetch failed')
    expect(connectionOf({ state: 'connected', after: 3 })).toBe('connected')
    expect(connectionOf({ state: 'reconnecting', attempt: 1, error: network })).toBe('reconnecting')
    expect(connectionOf({ state: 'reconnecting', attempt: 2, error: network })).toBe('offline')
    expect(connectionOf({ state: 'reconnecting', attempt: 5, error: new Error('502') })).toBe(
      'reconnecting',
    )
  })
})
