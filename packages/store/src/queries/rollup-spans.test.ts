import { describe, expect, it } from 'vitest'
import { rollupSpans } from './rollup-spans.ts'

describe('rollupSpans', () => {
  it.each([
    [
      'no dates: every month, undated ones included',
      undefined,
      undefined,
      undefined,
      [{ table: 'facet_months' }],
    ],
    [
      'a quarter from mid-January: February and March whole, the days at either end',
      '2023-01-11',
      '2023-04-11',
      '2023-01-10',
      [
        { table: 'facet_months', from: '2023-02', to: '2023-03' },
        { table: 'facet_days', from: '2023-01-10', to: '2023-01-31' },
        { table: 'facet_days', from: '2023-04-01', to: '2023-04-11' },
      ],
    ],
    [
      'whole months at both ends: only the records running into the first day',
      '2024-02-01',
      '2024-02-29',
      '2024-01-30',
      [
        { table: 'facet_months', from: '2024-02', to: '2024-02' },
        { table: 'facet_days', from: '2024-01-30', to: '2024-01-31' },
      ],
    ],
    [
      'inside one month: days only',
      '2024-05-03',
      '2024-05-20',
      '2024-05-03',
      [{ table: 'facet_days', from: '2024-05-03', to: '2024-05-20' }],
    ],
    [
      'from alone: months up to the undated, whose day is read and fails the end day',
      '2025-12-15',
      undefined,
      '2025-12-15',
      [
        { table: 'facet_months', from: '2026-01', to: '9999-11' },
        { table: 'facet_days', from: '2025-12-15', to: '2025-12-31' },
        { table: 'facet_days', from: '9999-12-01' },
      ],
    ],
    [
      'to alone: every month before, the days of the last',
      undefined,
      '2022-03-10',
      undefined,
      [
        { table: 'facet_months', to: '2022-02' },
        { table: 'facet_days', from: '2022-03-01', to: '2022-03-10' },
      ],
    ],
  ] as const)('%s', (_, from, to, earliest, spans) => {
    expect(rollupSpans(from, to, earliest)).toEqual(spans)
  })
})
