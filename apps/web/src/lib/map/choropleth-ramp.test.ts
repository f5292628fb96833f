import { describe, expect, it } from 'vitest'
import { fillOf, rampSteps } from './choropleth-ramp.ts'

describe('the choropleth ramp', () => {
  it('gives each count the shade of the legend step that names it', () => {
    const most = 1234
    for (const count of [1, 246, 247, 600, 987, 1234]) {
      const step = rampSteps(most).find((s) => s.low <= count && count <= s.high)
      expect({ count, color: fillOf(count, most) }).toEqual({ count, color: step?.color })
    }
  })

  it('leaves off steps no count falls in', () => {
    expect(rampSteps(2).map((s) => [s.low, s.high])).toEqual([
      [1, 1],
      [2, 2],
    ])
  })
})
