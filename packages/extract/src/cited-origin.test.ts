import { type Origin, shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { originIn } from './cited-origin.ts'

const context = { newNames: [], lexicon: shippedLexicon }

describe('originIn: who first reported what an outlet carries', () => {
  const cases: [string, Origin | undefined][] = [
    [
      'TASS reported, citing the defence ministry, that 74 drones were shot down.',
      { type: 'actor', actorId: 'ru-mod' },
    ],
    [
      'According to Reuters, five people were killed in Odesa.',
      { type: 'actor', actorId: 'reuters' },
    ],
    [
      'Interfax reported that three people were injured in Sumy.',
      { type: 'actor', actorId: 'interfax' },
    ],
    [
      'The Russian state news agency TASS, referring to an unnamed source, named Thursday as the date.',
      { type: 'actor', actorId: 'tass' },
    ],
    [
      'According to the Interfax-Ukraine news agency, Defence Minister Denys Shmyhal asked partners for funds.',
      { type: 'actor', actorId: 'shmyhal' },
    ],
    // a named official speaking is read by the domain's originOf, not set here
    ['Zelensky said the talks would take place on Wednesday.', undefined],
  ]
  it.each(cases)('%s', (sentence, origin) => {
    expect(originIn(sentence, attribute(sentence, context), shippedLexicon)).toEqual(origin)
  })
})
