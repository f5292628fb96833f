import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { resolveSpeaker } from './speaker.ts'

const context = { newNames: [], lexicon: shippedLexicon }
const who = (phrase: string) => resolveSpeaker(phrase, 0, context)?.asserter

describe('an embassy named with its host country', () => {
  it('speaks for the state it serves, never for its host', () => {
    expect(who('the Embassy of Japan in Ukraine')).toEqual({ type: 'actor', actorId: 'japan' })
    expect(who('the Canadian Embassy in Ukraine')).not.toEqual({
      type: 'actor',
      actorId: 'ukraine',
    })
  })
})
