import { describe, expect, it } from 'vitest'
import { outcomesIn, statusIn } from './talk-facts.ts'

const texts = (sentence: string) => outcomesIn(sentence).map((o) => `${o.type}: ${o.text}`)

describe('how far a round got, in more wordings', () => {
  it('reads "without reaching any agreement" and "no deal was signed" as outcomes', () => {
    expect(
      texts(
        'Armenia and Azerbaijan ended a third day of talks in Almaty without reaching any deal.',
      ),
    ).toEqual(['other: Without reaching any deal'])
    expect(texts('Both delegations said no agreement was signed.')).toEqual([
      'other: No agreement was signed',
    ])
  })

  it('reads the terms of a tentative agreement and of "agreed that"', () => {
    expect(
      texts('The negotiators reached a tentative agreement to reopen two border crossings.'),
    ).toEqual(['agreement: Reopen two border crossings'])
    expect(texts('The delegations agreed that 300 detainees would be freed by Easter.')).toEqual([
      'agreement: 300 detainees would be freed by Easter',
    ])
  })

  it('reads a round that "had taken place" as held', () => {
    expect(statusIn('The first meeting of the commission had taken place in Baku in May.')).toBe(
      'held',
    )
  })
})
