import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { resolveSpeaker } from './speaker.ts'

const context = { newNames: [], lexicon: shippedLexicon }
const content = (sentence: string) => {
  const a = attribute(sentence, context)
  return a && sentence.slice(a.content.start, a.content.end)
}

describe('attribute: who asserts a sentence', () => {
  it.each([
    [
      '…on Wednesday, Ukrainian President Volodymyr Zelensky said on Monday.',
      { type: 'actor', actorId: 'zelensky' },
      'named-official',
    ],
    [
      'According to the aviation authority Rosaviatsiya, airports were closed.',
      { type: 'actor', actorId: 'rosaviatsiya' },
      'official-body',
    ],
    [
      'The Ministry of Defence in Moscow said that 74 drones were shot down.',
      { type: 'actor', actorId: 'ru-mod' },
      'official-body',
    ],
    [
      'Officials in Kiev said earlier that Ukraine requires more aid.',
      { type: 'unnamed', description: 'Officials in Kiev', affiliationId: 'ukraine' },
      'unnamed-officials',
    ],
    [
      'At least one person was killed, Ukrainian officials said.',
      { type: 'unnamed', description: 'Ukrainian officials', affiliationId: 'ukraine' },
      'unnamed-officials',
    ],
  ])('%s', (sentence, asserter, attribution) => {
    expect(attribute(sentence, context)?.speaker).toMatchObject({ asserter, attribution })
  })

  it('attributes "citing an unnamed source" to the source, with the agency as the carrier', () => {
    const a = attribute(
      'The Russian state news agency TASS, referring to an unnamed source, named Thursday as the date.',
      context,
    )
    expect(a).toMatchObject({
      speaker: {
        asserter: { type: 'unnamed', description: 'an unnamed source' },
        attribution: 'unnamed-source',
      },
      reportedBy: { type: 'actor', actorId: 'tass' },
      channel: 'news-agency-report',
    })
  })

  it('keeps the speaker, not the outlet, for "according to an agency, he said"', () => {
    const previousPerson = resolveSpeaker('Defence Minister Denys Shmyhal', 0, context)
    const a = attribute(
      'According to the Interfax-Ukraine news agency, he asked partner countries to provide funds for 2026.',
      { ...context, ...(previousPerson ? { previousPerson } : {}) },
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'shmyhal' })
    expect(a?.reportedBy).toEqual({ type: 'actor', actorId: 'interfax-ukraine' })
  })

  it.each([
    ['Zelensky said in a video message.', 'video-message'],
    ['Zelensky wrote on X about two dead.', 'social-media-post'],
    ['Zelensky told Kiev diplomats on Monday.', 'remarks'],
    ['Shmyhal said during an online meeting in the Ramstein format.', 'online-meeting'],
  ])('reads the channel of "%s"', (sentence, channel) => {
    expect(attribute(sentence, context)?.channel).toBe(channel)
  })

  it('separates the asserted words from "…, X said on Monday"', () => {
    expect(
      content('The next round will take place in Istanbul on Wednesday, Zelensky said on Monday.'),
    ).toBe('The next round will take place in Istanbul on Wednesday')
    expect(
      content('Earlier, Zelensky said that detailed ceasefire talks are not on the agenda.'),
    ).toBe('detailed ceasefire talks are not on the agenda.')
  })

  it('finds the audience of "told"', () => {
    expect(
      attribute(
        'The meeting should focus on prisoners, Zelensky told Kiev diplomats on Monday.',
        context,
      )?.audience,
    ).toBe('Kiev diplomats')
  })

  it('returns nothing for a sentence no one is said to assert', () => {
    expect(
      attribute('Germany wants to support Ukraine with two more Patriot systems.', context),
    ).toBeUndefined()
  })
})
