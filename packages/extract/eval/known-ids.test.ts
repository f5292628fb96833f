import { describe, expect, it } from 'vitest'
import { knownIds } from './known-ids.ts'

describe('knownIds', () => {
  it('reads an id proposed for a name the dictionary now holds as the dictionary id', () => {
    expect(knownIds('sweden->ukraine@new-sweden')).toBe('sweden->ukraine@sweden')
  })
  it('keeps proposed ids of names the dictionary does not hold', () => {
    expect(knownIds('@new-ministry-of-nowhere')).toBe('@new-ministry-of-nowhere')
  })
})
