import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { outcomesIn } from './talk-facts.ts'

const talks = (text: string): Talk[] =>
  extract(text, { publishedAt: '2025-05-20', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const outcomes = (t: Talk | undefined) =>
  t?.claims.flatMap((c) => (c.fact === 'outcome' ? [c.value.text] : [])) ?? []

describe('an agreement told twice', () => {
  it('keeps one outcome when the lede’s agreement is retold in other words', () => {
    const [talk] = talks(
      'Ukraine and Russia agreed to a major exchange of prisoners of war at talks in Istanbul on Monday. The meeting resulted in an agreement on a POW swap.',
    )
    expect(outcomes(talk)).toHaveLength(1)
  })

  it('keeps two agreements on different things', () => {
    const [talk] = talks(
      'Ukraine and Russia agreed to a major exchange of prisoners of war at talks in Istanbul on Monday. They also agreed to return the bodies of fallen soldiers.',
    )
    expect(outcomes(talk)).toHaveLength(2)
  })
})

describe('what follows the terms of an agreement', () => {
  it('ends the terms before the talks they followed and before a concession', () => {
    expect(
      outcomesIn(
        'Kyiv and Moscow agreed to a new prisoner swap following a third round of talks in Turkey, even as they remained far apart on a truce.',
      ).map((o) => o.text),
    ).toEqual(['New prisoner swap'])
    expect(
      outcomesIn(
        'The talks ended with both sides agreeing to return 500 bodies each, though no date was set.',
      ).map((o) => o.text),
    ).toEqual(['Return 500 bodies each'])
  })
})

describe('an agreement told as what the talks gave', () => {
  it('reads "the main result of the meeting was an agreement to …" as an agreement', () => {
    expect(
      outcomesIn(
        'The main result of the meeting in Minsk was an agreement to open two evacuation routes.',
      ),
    ).toEqual([{ type: 'agreement', text: 'Open two evacuation routes' }])
    expect(outcomesIn('The result was not an agreement but a list of open questions.')).toEqual([])
  })

  it('reads the terms of "reached a new agreement to conduct …"', () => {
    expect(
      outcomesIn(
        'Kyiv and Moscow reached a new agreement to conduct an exchange of 300 wounded prisoners.',
      ),
    ).toEqual([{ type: 'agreement', text: 'Exchange of 300 wounded prisoners' }])
  })
})
