import { describe, expect, it } from 'vitest'
import { datesCompatible, type FuzzyDate } from './fuzzy-date.ts'

const day = (d: string): FuzzyDate => ({
  resolved: true,
  start: d,
  end: d,
  precision: 'day',
  raw: d,
})
const july: FuzzyDate = {
  resolved: true,
  start: '2025-07-01',
  end: '2025-07-31',
  precision: 'month',
  raw: 'in July',
}
const unknown: FuzzyDate = {
  resolved: false,
  precision: 'day',
  raw: 'on Wednesday',
  reason: 'no publication date',
}

describe('datesCompatible', () => {
  it('sees Wednesday 23 and Thursday 24 July as incompatible', () => {
    expect(datesCompatible(day('2025-07-23'), day('2025-07-24'))).toBe(false)
  })
  it('sees "in July" and "on the 23rd" as compatible: the month contains the day', () => {
    expect(datesCompatible(july, day('2025-07-23'))).toBe(true)
  })
  it('cannot contradict an unresolved date', () => {
    expect(datesCompatible(unknown, day('2025-07-24'))).toBe(true)
  })
})
