import { type Stance, shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { stanceIn } from './stance.ts'

describe('stanceIn: a sentence that corrects or denies an earlier claim', () => {
  const cases: [string, Stance | undefined][] = [
    ['The regional governor later said the toll was zero.', { type: 'correction' }],
    ['Officials later revised the number of injured to 12.', { type: 'correction' }],
    [
      'The city council corrected its earlier figure, putting the dead at four.',
      { type: 'correction' },
    ],
    ['The death toll was later revised to five, the mayor said.', { type: 'correction' }],
    ['Russia’s defence ministry denied targeting civilians.', { type: 'denial' }],
    ['The Kremlin dismissed the report as fake.', { type: 'denial' }],
    ['Kyiv rejected the report as false.', { type: 'denial' }],
    ['Moscow denied striking the city.', { type: 'denial' }],
    ['A spokesman called the reports a staged provocation.', { type: 'denial' }],
    ['Ukraine’s foreign ministry dismissed the remarks as propaganda.', { type: 'denial' }],
    ['Moscow branded the footage fake.', { type: 'denial' }],
    [
      'The Kremlin dismissed TASS’s report as fake.',
      { type: 'denial', answersAsserter: { type: 'actor', actorId: 'tass' } },
    ],
    [
      'Kyiv refuted the claims by the Kremlin about the drone count.',
      { type: 'denial', answersAsserter: { type: 'actor', actorId: 'kremlin' } },
    ],
  ]
  it.each(cases)('%s', (sentence, stance) => {
    expect(stanceIn(sentence, shippedLexicon)).toEqual(stance)
  })

  it.each([
    'Zelensky later said the talks would take place on Wednesday.',
    'Ukraine rejected the Russian proposal for a ceasefire.',
    'Zelensky called the strike on the hospital Russian propaganda in action.',
    'The foreign ministry called the parade a provocation.',
    'The death toll has risen to seven, the governor said.',
    'The journalist was denied entry to the occupied city.',
    'At least one person was killed and eight others injured, Ukrainian officials said.',
  ])('reads no stance in "%s"', (sentence) => {
    expect(stanceIn(sentence, shippedLexicon)).toBeUndefined()
  })
})
