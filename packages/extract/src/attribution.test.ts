import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute, attributeBackward } from './attribution.ts'
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

  it.each([
    [
      'Petra Olsen, the Danish envoy to NATO, has stated that more shells are on the way.',
      'new-petra-olsen',
      'Danish envoy to NATO',
      'more shells are on the way.',
    ],
    [
      '"The bridge is closed," said Taras Hnatiuk, head of the city military administration.',
      'new-taras-hnatiuk',
      'head of the city military administration',
      '"The bridge is closed',
    ],
    [
      'Two houses burned, said Ivan Sorokin, head of the district, on Sunday, local media reports.',
      'new-ivan-sorokin',
      'head of the district',
      'Two houses burned',
    ],
  ])('finds the speaker of "%s" around a description', (sentence, actorId, role, words) => {
    const a = attribute(sentence, context)
    expect(a?.speaker).toMatchObject({ asserter: { type: 'actor', actorId }, role })
    expect(content(sentence)).toBe(words)
  })

  it('leaves titles and territories out of a new name', () => {
    for (const [phrase, id] of [
      ['Acting Governor Pavel Orlov', 'new-pavel-orlov'],
      ['The Governor of the Tula Region Pavel Orlov', 'new-pavel-orlov'],
    ] as const)
      expect(resolveSpeaker(phrase, 0, context)?.asserter).toEqual({ type: 'actor', actorId: id })
  })

  it('reads "the ministry" and "it" as the body that spoke before', () => {
    const previousBody = resolveSpeaker('The Russian Defence Ministry', 0, context)
    const a = attribute('It said five drones were downed over the sea.', {
      ...context,
      ...(previousBody ? { previousBody } : {}),
    })
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it('reads a dateline before the speaker and a bare weekday after the verb', () => {
    expect(
      attribute(
        'Moscow — The Russian Defence Ministry said on Monday that two depots burned.',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'ru-mod' })
    expect(content('Two depots burned, Zelensky said Monday, after the strike.')).toBe(
      'Two depots burned',
    )
  })

  it.each([
    [
      'This was announced by the head of the Sumy region Ivan Petrenko in his Telegram channel.',
      'social-media-post',
    ],
    ['Source: Zelensky in his evening address', 'video-message'],
  ])('reads "%s" as attributing the words before it', (sentence, channel) => {
    expect(attributeBackward(sentence, context)).toMatchObject({ backward: true, channel })
  })

  it('prefers the speaker closing the sentence to its subject', () => {
    expect(
      attribute('The United States announced a new package of shells, the Pentagon said.', context)
        ?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'us-defense-department' })
  })

  it('reads "recalled" and "was quoted as saying" as reporting verbs', () => {
    expect(content('Lavrov recalled that the delegation met twice.')).toBe(
      'the delegation met twice.',
    )
    expect(
      attribute(
        'Vladimir Medinsky, who led the delegation, was quoted as saying: "We agreed."',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'medinsky' })
  })

  it('reads "According to" a one-word body the dictionary lacks, or a name at the end of a long phrase', () => {
    expect(
      attribute('According to Ukrtransgaz, two pipelines were hit.', context)?.speaker.asserter,
    ).toEqual({
      type: 'actor',
      actorId: 'new-ukrtransgaz',
    })
    expect(
      attribute(
        'According to the press secretary of the head of the regional administration Olena Savchuk, four died.',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-olena-savchuk' })
    expect(attribute('According to Kharkiv, four died.', context)).toBeUndefined()
  })

  it.each([
    ['Two depots burned, writes the head of the district Ivan Sorokin.', 'new-ivan-sorokin'],
    ['The Ministry of Defence of Ukraine reports that two depots burned.', 'ua-mod'],
  ])('reads "writes" and "reports that" in "%s"', (sentence, actorId) => {
    expect(attribute(sentence, context)?.speaker.asserter).toEqual({ type: 'actor', actorId })
  })

  it('reads "X announced this during a briefing" as attributing the words before it', () => {
    expect(
      attribute('Mark Rutte announced this during a press briefing in Brussels.', context),
    ).toMatchObject({ backward: true, channel: 'press-conference' })
  })

  it.each([
    ['Peskov told reporters on a conference call that talks could resume.', 'online-meeting'],
    ['Umerov wrote on social media that the round had begun.', 'social-media-post'],
  ])('reads the channel of "%s"', (sentence, channel) => {
    expect(attribute(sentence, context)?.channel).toBe(channel)
  })

  it('reads "the description, Name, said" with the name second', () => {
    const sentence =
      'Two houses burned, the head of the district administration, Ivan Sorokin, said.'
    expect(attribute(sentence, context)?.speaker).toMatchObject({
      asserter: { type: 'actor', actorId: 'new-ivan-sorokin' },
      role: 'head of the district administration',
    })
    expect(content(sentence)).toBe('Two houses burned')
    expect(
      content(
        'The Danish Foreign Minister, Lars Hansen, stated during a long joint press conference that jets would follow.',
      ),
    ).toBe('jets would follow.')
  })

  it('names a state body the dictionary lacks in full, not as the state', () => {
    expect(
      attribute('The State Border Service of Ukraine reports that two boats were hit.', context)
        ?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-state-border-service-of-ukraine' })
  })

  it('reads bare "officials" after a body spoke as that body', () => {
    const previousBody = resolveSpeaker('The Russian Defence Ministry', 0, context)
    const a = attribute('"All targets were hit," officials claimed.', {
      ...context,
      ...(previousBody ? { previousBody } : {}),
    })
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it.each([
    ['TASS quoted Dmitry Peskov as saying that the talks would resume.', 'tass'],
    ['Peskov was quoted by Interfax as saying that the talks would resume.', 'interfax'],
  ])('reads "%s" as the person, carried by the agency', (sentence, agency) => {
    const a = attribute(sentence, context)
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'peskov' })
    expect(a?.reportedBy?.type === 'actor' && a.reportedBy.actorId).toBe(agency)
    expect(content(sentence)).toBe('the talks would resume.')
  })

  it('keeps "it" as words when it starts what was said, and reads "tweeted"', () => {
    expect(content('The Russian Defence Ministry said it destroyed 20 drones.')).toBe(
      ' it destroyed 20 drones.',
    )
    expect(attribute('Zelensky tweeted that the strike killed four.', context)?.channel).toBe(
      'social-media-post',
    )
    expect(
      attribute('A spokesperson for the Ukrainian army said two tanks were lost.', context)?.speaker
        .asserter,
    ).toMatchObject({ type: 'unnamed', affiliationId: 'ukraine' })
  })

  it('reads the outlet as carrier in "As Ukrinform reported, X said" and "…, Ukrinform reports, citing X"', () => {
    const a = attribute('As Ukrinform reported, Zelensky said the talks would continue.', context)
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'zelensky' })
    expect(a?.reportedBy).toEqual({ type: 'actor', actorId: 'ukrinform' })
    const b = attribute(
      'Drones hit a depot in Odesa overnight, Ukrinform reports, citing the regional administration.',
      context,
    )
    expect(b?.speaker.asserter).toMatchObject({
      type: 'unnamed',
      description: 'regional administration',
    })
    expect(b?.reportedBy).toEqual({ type: 'actor', actorId: 'ukrinform' })
    expect(
      content(
        'Drones hit a depot in Odesa overnight, Ukrinform reports, citing the regional administration.',
      ),
    ).toBe('Drones hit a depot in Odesa overnight')
  })

  it('reads a press service as its body and "the country\'s air force" as the article\'s side', () => {
    expect(
      attributeBackward(
        'This was reported by the press service of the Ukrainian Air Force.',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    expect(
      attribute("The country's air force said 40 drones were shot down.", {
        ...context,
        stateHint: 'ukraine',
      })?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    expect(
      attribute('As reported by the regional administration, two people were injured.', context)
        ?.speaker.attribution,
    ).toBe('unnamed-officials')
  })

  it('returns nothing for a sentence no one is said to assert', () => {
    expect(
      attribute('Germany wants to support Ukraine with two more Patriot systems.', context),
    ).toBeUndefined()
  })
})
