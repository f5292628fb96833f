import { describe, expect, it } from 'vitest'
import { bucketSpans } from './read-aid-donors.ts'

describe('bucketSpans', () => {
  it('reads whole months from the bucket table and the partial ends by day', () => {
    expect(bucketSpans({ from: '2024-02-15', to: '2024-06-10' }, 'month')).toEqual({
      whole: { from: '2024-03-01', to: '2024-05-01' },
      days: [
        { from: '2024-02-15', to: '2024-02-29' },
        { from: '2024-06-01', to: '2024-06-10' },
      ],
    })
  })

  it('needs no days when the range starts and ends on bucket edges', () => {
    expect(bucketSpans({ from: '2024-03-04', to: '2024-03-17' }, 'week')).toEqual({
      whole: { from: '2024-03-04', to: '2024-03-11' },
      days: [],
    })
  })

  it('keeps an open end open, and a range inside one bucket is all days', () => {
    expect(bucketSpans({}, 'month')).toEqual({ whole: {}, days: [] })
    expect(bucketSpans({ to: '2024-03-13' }, 'week')).toEqual({
      whole: { to: '2024-03-04' },
      days: [{ from: '2024-03-11', to: '2024-03-13' }],
    })
    expect(bucketSpans({ from: '2024-05-03', to: '2024-05-21' }, 'month')).toEqual({
      days: [{ from: '2024-05-03', to: '2024-05-21' }],
    })
  })
})
