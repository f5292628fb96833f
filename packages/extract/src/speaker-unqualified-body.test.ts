import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { resolveSpeaker } from './speaker.ts'
import { governmentSubject } from './speaker-unqualified-body.ts'

const context = { newNames: [], lexicon: shippedLexicon }

describe('a body named without its state', () => {
  it('gives "the Defense Department" of a Norwegian release to Norway, not the Pentagon', () => {
    expect(
      resolveSpeaker('the Defense Department', 0, { ...context, stateHint: 'norway' })?.asserter,
    ).toEqual({ type: 'unnamed', description: 'Defense Department', affiliationId: 'norway' })
  })

  it('keeps the Pentagon when the text is about the United States', () => {
    expect(
      resolveSpeaker('the Defense Department', 0, { ...context, stateHint: 'united-states' })
        ?.asserter,
    ).toEqual({ type: 'actor', actorId: 'us-defense-department' })
  })
})

describe("a sentence opened by a state's government", () => {
  it('names that state: "The Finnish government will provide …"', () => {
    expect(
      governmentSubject('The Finnish government will provide more shells.', shippedLexicon),
    ).toBe('finland')
  })

  it('names none for other subjects: "The Russian army attacked …"', () => {
    expect(governmentSubject('The Russian army attacked Kharkiv.', shippedLexicon)).toBeUndefined()
  })
})

describe('a state’s presidency', () => {
  it('is the office of its president: "the Russian presidency said"', () => {
    expect(resolveSpeaker('the Russian presidency', 0, context)?.asserter).toEqual({
      type: 'actor',
      actorId: 'kremlin',
    })
  })
})
