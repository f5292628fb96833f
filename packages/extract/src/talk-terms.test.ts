import { describe, expect, it } from 'vitest'
import { outcomesIn, statusIn } from './talk-facts.ts'

describe('statuses and terms in other wordings', () => {
  it('reads "will hold a third round of talks" as announced, "are negotiating" as held', () => {
    expect(statusIn('Turkey and Russia will hold a fourth round of talks in Geneva.')).toBe(
      'announced',
    )
    expect(statusIn('Turkish and Russian officials are negotiating in Vienna.')).toBe('held')
  })

  it('reads what the sides will do as the terms agreed', () => {
    expect(
      outcomesIn(
        'The envoy said the delegations reached an agreement whereby both sides will each release 200 prisoners of war.',
      ),
    ).toEqual([{ type: 'agreement', text: 'Both sides will each release 200 prisoners of war' }])
    expect(outcomesIn('The mediator said the two sides would release 90 prisoners.')).toEqual([
      { type: 'agreement', text: 'Would release 90 prisoners' },
    ])
  })
})

describe('terms told with an attribution or as a yes to a proposal', () => {
  it('keeps ", according to …" out of the terms', () => {
    expect(
      outcomesIn(
        'Turkey and Iran have agreed to swap 300 detainees each, according to the head of the Iranian delegation, but there is no truce.',
      ),
    ).toEqual([{ type: 'agreement', text: 'Swap 300 detainees each' }])
  })

  it('reads "accepted a proposal for …" as what the sides came to', () => {
    expect(
      outcomesIn(
        'Ukraine has accepted a Turkish proposal for a 10-day truce at sea, following talks in Ankara on Monday.',
      ),
    ).toEqual([{ type: 'agreement', text: 'Turkish proposal for a 10-day truce at sea' }])
  })
})

describe('statuses in wire wordings', () => {
  it('reads slated, rescheduled, broke up and got underway', () => {
    expect(statusIn('The talks in Ankara are slated for next week.')).toBe('announced')
    // "did not say when or where such talks could take place" announces nothing
    expect(statusIn('He did not say when talks could take place.')).toBeUndefined()
    expect(statusIn('The two sides will reconvene in Vienna next week.')).toBe('announced')
    expect(statusIn('The talks were rescheduled for Thursday.')).toBe('postponed')
    expect(statusIn('The talks have been put off until Monday.')).toBe('postponed')
    expect(statusIn('The talks in Doha broke up after nine hours.')).toBe('concluded')
    expect(statusIn('Negotiations got underway in Doha on Friday.')).toBe('held')
    expect(statusIn('The talks opened in Doha on Friday.')).toBe('held')
  })
})

describe('terms agreed, listed with "as well as"', () => {
  it('keeps both terms of "agreed to A, as well as to B"', () => {
    expect(
      outcomesIn(
        'As a result, the two sides agreed to draft a map of the border, as well as to swap 40 detainees.',
      ).map((o) => o.text),
    ).toEqual(['Draft a map of the border', 'Swap 40 detainees'])
  })
})
