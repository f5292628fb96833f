import { describe, expect, it } from 'vitest'
import { forumKey } from './forum-key.ts'

describe('forumKey', () => {
  it('reads the real gold’s "unnamed" forum as the printer’s "unnumbered"', () => {
    expect(forumKey('unnamed')).toBe('unnumbered')
    expect(forumKey('27')).toBe('27')
  })
})
