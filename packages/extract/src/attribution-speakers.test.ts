import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute, attributeBackward } from './attribution.ts'
import { resolveSpeaker } from './speaker.ts'

/** Speaker phrases from real reporting, bodies and offices: split from attribution.test.ts. */
const context = { newNames: [], lexicon: shippedLexicon }

describe('speaker phrases real reporting writes', () => {
  const speaker = (sentence: string, extra = {}) =>
    attribute(sentence, { ...context, ...extra })?.speaker.asserter

  it('reads the name after a possessive description: "Poland’s prime minister, X, said"', () => {
    expect(
      speaker(
        "Ukraine's defence minister, Denys Shmyhal, said the strikes would not break Ukraine.",
      ),
    ).toEqual({ type: 'actor', actorId: 'shmyhal' })
  })

  it('does not read the clause after ", said" as a speaker', () => {
    expect(
      speaker('Both delegations, said the talks had shown Russia was not ready for peace.'),
    ).toBeUndefined()
  })

  it('reads "the governor" nobody named before as an unnamed official of the side', () => {
    expect(
      speaker('Two houses burned in a village near Kursk, the governor said.', {
        stateHint: 'russia',
      }),
    ).toEqual({ type: 'unnamed', description: 'governor', affiliationId: 'russia' })
  })
})

describe('bodies named by their seat, by a passive, or again as "the ministry"', () => {
  it.each([
    ['Three bridges were destroyed, the Defence Ministry in Moscow said.', 'ru-mod'],
    [
      'Such a statement was published by the Ministry of Defense of the Russian Federation.',
      'ru-mod',
    ],
  ])('%s', (sentence, actorId) => {
    const a = attribute(sentence, context) ?? attributeBackward(sentence, context)
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId })
  })

  it('reads "According to the ministry" as the ministry that spoke before', () => {
    const previousBody = resolveSpeaker('the Russian Defence Ministry', 0, context)
    const a = attribute('According to the ministry, eight depots were hit in a day.', {
      ...context,
      ...(previousBody ? { previousBody } : {}),
    })
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })
})

describe('offices one person has held through the war', () => {
  it.each([
    ['Shelling must stop, the Ukrainian president said.', 'zelensky'],
    ['No summit is planned, the Kremlin spokesman told reporters.', 'peskov'],
    ['The talks were useful, Russia’s foreign minister said.', 'lavrov'],
  ])('%s', (sentence, actorId) => {
    expect(attribute(sentence, context)?.speaker.asserter).toEqual({ type: 'actor', actorId })
  })

  it('leaves a bare "the president" to the person who spoke before', () => {
    expect(attribute('The talks were useful, the president said.', context)).toBeUndefined()
  })
})

describe('titles around a new name', () => {
  it('leaves the city of "Mayor of Sumy Petro Ivanenko" out of the name', () => {
    expect(resolveSpeaker('Mayor of Sumy Petro Ivanenko', 0, context)?.asserter).toEqual({
      type: 'actor',
      actorId: 'new-petro-ivanenko',
    })
  })

  it('reads the speaker of "…, said X, adding that …" and "…, as confirmed by X"', () => {
    const speaker = (sentence: string) => attribute(sentence, context)?.speaker.asserter
    expect(
      speaker(
        'Air defence shot down four drones over the city, said Prime Minister Denys Shmyhal, adding that two people were hurt.',
      ),
    ).toEqual({ type: 'actor', actorId: 'shmyhal' })
    expect(
      speaker('The strikes hit 12 regions across Ukraine, as confirmed by Rustem Umerov.'),
    ).toEqual({ type: 'actor', actorId: 'umerov' })
  })

  it('keeps the quote before "X told Ukrainian television" as the words', () => {
    const a = attribute(
      '"We are rebuilding the station," the mayor of Odesa, Ivan Petrenko, told Ukrainian television.',
      context,
    )
    expect(a?.audience).toBe('Ukrainian television')
    expect(a?.content).toEqual({ start: 0, end: 30 })
  })
})
