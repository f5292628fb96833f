import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'

const context = { newNames: [], lexicon: shippedLexicon }
const speaker = (sentence: string) => attribute(sentence, context)?.speaker.asserter

describe('a party in brackets after a speaker’s name', () => {
  it('reads the person before "(Party) announced"', () => {
    expect(
      speaker(
        'Latvian Defence Minister Andris Spruds (Progressives) announced that Latvia will send more drones to Ukraine.',
      ),
    ).toEqual({ type: 'actor', actorId: 'new-andris-spruds' })
  })

  it('reads a known person before "(R-Fla.) said"', () => {
    expect(speaker('Senator Marco Rubio (R-Fla.) said the talks would resume next week.')).toEqual({
      type: 'actor',
      actorId: 'rubio',
    })
  })
})
