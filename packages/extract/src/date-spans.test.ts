import { describe, expect, it } from 'vitest'
import { findDates } from './dates.ts'

const dates = (text: string) =>
  findDates(text, '2026-02-20').map((d) => ({
    raw: text.slice(d.start, d.end),
    ...(d.date.resolved ? { start: d.date.start, end: d.date.end } : {}),
  }))

describe('days spanned by one event', () => {
  it('reads "Feb. 9 - 10" and "11–12 February" as one date over both days', () => {
    expect(dates('The delegations met on Feb. 9 - 10 in Geneva.')).toMatchObject([
      { start: '2026-02-09', end: '2026-02-10' },
    ])
    expect(dates('Talks were held on 11–12 February in Riyadh.')).toMatchObject([
      { start: '2026-02-11', end: '2026-02-12' },
    ])
  })

  it('reads "March 2 and 3, 2026" with its year, and leaves "March 2 and 3 people" a day', () => {
    expect(dates('The round will now take place on March 2 and 3, 2026, in Istanbul.')).toEqual([
      { raw: 'March 2 and 3, 2026', start: '2026-03-02', end: '2026-03-03' },
    ])
    expect(dates('On February 2 and 3 people were injured.')).toMatchObject([
      { start: '2026-02-02', end: '2026-02-02' },
    ])
  })
})
