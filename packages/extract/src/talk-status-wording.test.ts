import { describe, expect, it } from 'vitest'
import { agendaIn, outcomesIn, statusIn } from './talk-facts.ts'

describe('talk wording read in round 3 of issue #15', () => {
  it('reads an agreement reached "During negotiations in <city>" as talks held', () => {
    expect(
      statusIn('During negotiations in Doha, the two sides agreed to return all detained sailors.'),
    ).toBe('held')
    expect(statusIn('At the talks in Vienna, both delegations reached a deal on grain.')).toBe(
      'held',
    )
  })

  it('reads "agreed on the next round" as a round announced', () => {
    expect(
      statusIn('Both sides have agreed on the next round of negotiations, the host said.'),
    ).toBe('announced')
  })

  it('reads the aim of "talks in <city> to resolve …" and stops a topic at ", but"', () => {
    expect(
      agendaIn('The envoys held a new round of talks in Doha to resolve the border dispute.').map(
        (a) => a.topic,
      ),
    ).toEqual(['Resolve the border dispute'])
    // progress made is how far the round got (an outcome), and the outcome stops at ", but"
    expect(agendaIn('They made progress on grain corridors, but deep differences remain.')).toEqual(
      [],
    )
    expect(
      outcomesIn('They made progress on grain corridors, but deep differences remain.').map(
        (o) => o.text,
      ),
    ).toEqual(['Progress on grain corridors'])
  })
})

describe('talk wording read in round 4 of issue #15', () => {
  it('reads talks the news followed on a weekday as held, and "completed" as concluded', () => {
    expect(
      statusIn('Kyiv accepted the plan following talks between the two teams in Doha on Monday.'),
    ).toBe('held')
    expect(statusIn('Following talks earlier this year, relations improved.')).toBeUndefined()
    expect(statusIn('The delegations have completed the third round of negotiations.')).toBe(
      'concluded',
    )
  })
})
