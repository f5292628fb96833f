import { describe, expect, it } from 'vitest'
import { outcomesIn } from './talk-facts.ts'
import { shortfallsIn } from './talk-shortfalls.ts'

describe('how far a round fell short, an outcome of its own', () => {
  it('reads "no decisive progress" and "no breakthrough on …"', () => {
    expect(shortfallsIn('There was no decisive progress, the minister said.')).toEqual([
      { type: 'other', text: 'No decisive progress' },
    ])
    expect(shortfallsIn('The envoys reported no breakthrough on the border line.')).toEqual([
      { type: 'other', text: 'No breakthrough on the border line' },
    ])
  })

  it('reads no outcome from a forecast of no progress', () => {
    expect(shortfallsIn('No breakthrough is expected at the talks in Oman.')).toEqual([])
  })

  it('reads "not possible to agree on X" as a shortfall, never an agreement on X', () => {
    expect(
      outcomesIn(
        'It was also not possible to agree on a corridor for the town of Lyman, she said.',
      ),
    ).toEqual([
      { type: 'other', text: 'Not possible to agree on a corridor for the town of Lyman' },
    ])
    expect(outcomesIn('The teams could not agree on a truce.')).toEqual([
      { type: 'other', text: 'Could not agree on a truce' },
    ])
  })

  it('reads progress a readout describes, with or without what it was on', () => {
    expect(outcomesIn('A readout described the talks as making significant progress.')).toEqual([
      { type: 'other', text: 'Significant progress' },
    ])
  })

  it('reads issues the talks left open as how far they got', () => {
    expect(
      shortfallsIn(
        'The minister called the talks useful but said several difficult issues still need work.',
      ),
    ).toEqual([{ type: 'other', text: 'Several difficult issues still need work' }])
  })
})
