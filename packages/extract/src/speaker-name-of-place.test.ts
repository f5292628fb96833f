import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { resolveSpeaker } from './speaker.ts'

const context = { newNames: [], lexicon: shippedLexicon }
const who = (phrase: string) => resolveSpeaker(phrase, 0, context)?.asserter

describe('a title and a name of a place', () => {
  it('is the person, not an unnamed official of the place', () => {
    expect(who("Governor Roman Starovoit of Russia's Kursk region")).toEqual({
      type: 'actor',
      actorId: 'new-roman-starovoit',
    })
    expect(who('Mayor Ihor Terekhov of Kharkiv')).toEqual({
      type: 'actor',
      actorId: 'new-ihor-terekhov',
    })
  })

  it('leaves a title that ends in its own "of" phrase to the office', () => {
    expect(who('the governor of the Kursk region')).toMatchObject({ type: 'unnamed' })
  })
})
