import { describe, expect, it } from 'vitest'
import { sparkline } from './sparkline.ts'

describe('sparkline', () => {
  it('draws the largest value full and nothing as a space', () => {
    expect(sparkline([0, 1, 4, 8], 10)).toBe(' ▂▅█')
  })

  it('sums neighbours when there are more values than columns', () => {
    const spark = sparkline([1, 1, 1, 1, 0, 0, 8, 8], 4)
    expect(spark).toHaveLength(4)
    expect(spark).toBe('▂▂ █')
  })

  it('is blank for a series of zeros', () => {
    expect(sparkline([0, 0], 5)).toBe('  ')
  })
})
