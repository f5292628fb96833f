import { describe, expect, it } from 'vitest'
import { BLANK_DATE_TEXT } from '../fuzzy-date.ts'
import { datePhrase } from './phrases.ts'

describe('datePhrase', () => {
  it('quotes the words of a date it could not resolve', () => {
    expect(
      datePhrase({ resolved: false, precision: 'day', raw: 'next week', reason: 'no anchor' }),
    ).toBe('an unresolved date (the source says “next week”)')
  })

  it('gives the reason, not a quote, when the source left the date blank', () => {
    expect(
      datePhrase({
        resolved: false,
        precision: 'day',
        raw: BLANK_DATE_TEXT,
        reason: 'the dataset row gives no date',
      }),
    ).toBe('an unresolved date (the dataset row gives no date)')
  })
})
