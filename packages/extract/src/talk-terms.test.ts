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
