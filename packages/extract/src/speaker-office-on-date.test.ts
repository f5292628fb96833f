import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { resolveSpeaker } from './speaker.ts'

/** National offices said without a name, and roles of a named person's staff. */
const at = (phrase: string, day?: string) =>
  resolveSpeaker(phrase, 0, { newNames: [], lexicon: shippedLexicon, ...(day ? { day } : {}) })
    ?.asserter

describe('an office said without a name', () => {
  it('is the dictionary’s holder on the article’s day', () => {
    expect(at('Ukraine’s foreign minister', '2023-02-10')).toEqual({
      type: 'actor',
      actorId: 'kuleba',
    })
    expect(at('the Ukrainian foreign minister', '2025-02-10')).toEqual({
      type: 'actor',
      actorId: 'sybiha',
    })
    expect(at('the US president', '2025-06-01')).toEqual({ type: 'actor', actorId: 'trump' })
  })

  it('is an unnamed official of the state when the day is unknown and holders changed', () => {
    expect(at('Ukraine’s foreign minister')).toEqual({
      type: 'unnamed',
      description: 'Ukraine’s foreign minister',
      affiliationId: 'ukraine',
    })
  })
})

describe('the staff of a named person', () => {
  it('reads "Zelensky’s adviser" as someone of Ukraine’s side, not Zelensky', () => {
    expect(at('Zelensky’s adviser')).toEqual({
      type: 'unnamed',
      description: 'Zelensky’s adviser',
      affiliationId: 'ukraine',
    })
  })

  it('reads "Putin’s spokesman" as Peskov', () => {
    expect(at('Putin’s spokesman')).toEqual({ type: 'actor', actorId: 'peskov' })
  })

  it('reads "…, confirmed X." with the verb before the speaker', () => {
    expect(
      attribute('The convoy reached Kherson, confirmed Olena Petrenko.', {
        newNames: [],
        lexicon: shippedLexicon,
      })?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-olena-petrenko' })
  })
})
