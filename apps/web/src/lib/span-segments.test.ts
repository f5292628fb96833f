import { describe, expect, it } from 'vitest'
import { spanSegments } from './span-segments.ts'

describe('spanSegments', () => {
  it('marks overlapping quotes without losing either', () => {
    const segments = spanSegments(20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 5, end: 15 },
    ])
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [], starting: [] },
      { start: 2, end: 5, ids: ['a'], starting: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'], starting: ['b'] },
      { start: 10, end: 15, ids: ['b'], starting: [] },
      { start: 15, end: 20, ids: [], starting: [] },
    ])
  })

  it('ignores spans that do not fit the text', () => {
    expect(spanSegments(5, [{ id: 'x', start: 3, end: 9 }])).toEqual([
      { start: 0, end: 5, ids: [], starting: [] },
    ])
  })
})
