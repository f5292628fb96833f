import { describe, expect, it } from 'vitest'
import { MONEY_WORDS, stageOf } from './aid-stage.ts'

describe('sums that alone make a sentence about aid', () => {
  it.each([
    'Korea will provide Ukraine with 2.1 billion U.S. dollars.',
    'Korea will provide 300 mln euro to Ukraine.',
    'Korea will provide 1.2 bln dollars to Ukraine.',
  ])('reads "%s" as a pledge of money', (text) => {
    expect(MONEY_WORDS.test(text)).toBe(true)
    expect(stageOf(text)).toBe('pledge')
  })
})
