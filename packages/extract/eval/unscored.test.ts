import { describe, expect, it } from 'vitest'
import { fact } from './facts.ts'
import { unscoredTally } from './unscored.ts'

describe('facts no gold annotates yet', () => {
  it('leaves a hit count out of the scored facts and counts it instead', () => {
    const tally = unscoredTally()
    const record = {
      kind: 'attack' as const,
      id: 'a1',
      facts: [
        'attacker=russia',
        'hit=exact 2 scope=ua-sumy@unnamed',
        'launched=exact 9 scope=-@unnamed',
      ].map(fact),
    }
    expect(tally.strip(record).facts.map((f) => f.type)).toEqual(['attacker', 'launched'])
    expect(tally.words()).toBe('hit 1')
  })

  it('says "none" when nothing was left out', () => {
    expect(unscoredTally().words()).toBe('none')
  })
})
