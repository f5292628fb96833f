import { describe, expect, it } from 'vitest'
import { boundsOverlap, qualifiedBounds } from './qualifier.ts'

describe('qualifiedBounds reads a qualified number as the interval it allows', () => {
  it.each([
    ['exact 8', 'exact', 8, true, { low: 8, high: 8 }],
    ['at least 1', 'at-least', 1, true, { low: 1, high: Number.POSITIVE_INFINITY }],
    ['over 5 (a count: 6 or more)', 'over', 5, true, { low: 6, high: Number.POSITIVE_INFINITY }],
    [
      'over €5 billion (money: anything above)',
      'over',
      5e9,
      false,
      { low: 5e9, high: Number.POSITIVE_INFINITY },
    ],
    ['at most 3', 'at-most', 3, true, { low: 0, high: 3 }],
    ['under 3 (a count: 2 or fewer)', 'under', 3, true, { low: 0, high: 2 }],
    ['about 100 (±10%)', 'about', 100, true, { low: 90, high: 110 }],
  ] as const)('%s', (_name, qualifier, value, integer, expected) => {
    expect(qualifiedBounds(qualifier, value, integer)).toEqual(expected)
  })

  it('sees "at least 1" and "3" as compatible, "2" and "3" exactly as not', () => {
    expect(
      boundsOverlap(qualifiedBounds('at-least', 1, true), qualifiedBounds('exact', 3, true)),
    ).toBe(true)
    expect(
      boundsOverlap(qualifiedBounds('exact', 2, true), qualifiedBounds('exact', 3, true)),
    ).toBe(false)
  })
})
