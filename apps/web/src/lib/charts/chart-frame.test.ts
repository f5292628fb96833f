import { describe, expect, it } from 'vitest'
import { barsPath, frameOf, HEIGHT, MARGIN, percentText } from './chart-frame.ts'

describe('chart frame', () => {
  const starts = ['2025-07-01', '2025-08-01', '2025-09-01']

  it('rounds the count axis up to a round value above the largest bar', () => {
    const frame = frameOf(starts, 426)
    expect(frame.y.domain()).toEqual([0, 500])
    expect(frame.y(0)).toBe(HEIGHT - MARGIN.bottom)
  })

  it('draws every non-empty bar as one subpath of a single path', () => {
    const frame = frameOf(starts, 10)
    const d = barsPath(frame, [
      { start: '2025-07-01', value: 10 },
      { start: '2025-08-01', value: 0 },
      { start: '2025-09-01', value: 5 },
    ])
    expect(d.match(/M/g)).toHaveLength(2)
    expect(d).toMatch(/^M[\d.]+ 10h[\d.]+V158h-[\d.]+z/)
  })

  it('labels about five buckets however many there are', () => {
    const many = Array.from({ length: 49 }, (_, i) => `2022-${String(i).padStart(2, '0')}`)
    expect(frameOf(many, 1).ticks.length).toBeLessThanOrEqual(5)
  })

  it('says a rate of nothing launched is no rate', () => {
    expect(percentText(null)).toBe('–')
    expect(percentText(0.8461)).toBe('85%')
  })
})
