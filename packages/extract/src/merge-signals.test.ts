import { describe, expect, it } from 'vitest'
import { stem, wordOverlap } from './merge-signals.ts'

describe('wordOverlap', () => {
  it('meets two renderings of one speech through their inflections', () => {
    expect(
      wordOverlap(
        "Ukraine has consistently advocated for a leaders' meeting",
        'Ukraine consistently advocates a meeting of leaders',
      ),
    ).toBe(1)
  })
  it('keeps words apart that only look alike', () => {
    expect(stem('process')).toBe('process')
    expect(stem('news')).toBe('news')
    expect(stem('countries')).toBe('country')
    expect(wordOverlap('talks in Istanbul', 'drones over Kyiv')).toBe(0)
  })
})
