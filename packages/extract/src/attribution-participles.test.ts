import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { resolveSpeaker } from './speaker.ts'

/** A subject's act followed by what it said ("…, confirming that …"), and titles after a state. */
const context = { newNames: [], lexicon: shippedLexicon }

describe('a deed, then the words: "X met Y, stressing that …"', () => {
  it('reads "made the announcement …, confirming that" as the subject speaking', () => {
    const sentence =
      'Defence Minister Boris Pistorius made the announcement at a press stop in Berlin on his way to the airport, confirming that the launchers would ship in spring.'
    const a = attribute(sentence, context)
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'pistorius' })
    expect(a && sentence.slice(a.content.start, a.content.end)).toBe(
      'the launchers would ship in spring.',
    )
  })

  it('gives both subjects the words: "X and envoy Y led the team, emphasizing …"', () => {
    const a = attribute(
      'Marco Rubio and special envoy Steve Witkoff headed the delegation, emphasizing that a deal was not close.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'rubio' })
    expect(a?.alsoBy?.asserter).toEqual({ type: 'actor', actorId: 'witkoff' })
  })

  it('reads "affirmed", "promised" and "hailed" as reporting verbs', () => {
    for (const verb of ['affirmed', 'promised', 'hailed'])
      expect(
        attribute(`Rustem Umerov ${verb} that the exchange would go ahead.`, context)?.speaker
          .asserter,
      ).toEqual({ type: 'actor', actorId: 'umerov' })
  })
})

describe('a person titled after a state', () => {
  it('reads "U.S. Defense Secretary X" and "US National Security Adviser X" as the person', () => {
    expect(resolveSpeaker('U.S. Defense Secretary Hal Brandt', 0, context)?.asserter).toEqual({
      type: 'actor',
      actorId: 'new-hal-brandt',
    })
    expect(
      resolveSpeaker('US National Security Adviser Mira Colton', 0, context)?.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-mira-colton' })
  })

  it('keeps "Ukraine Air Force" the side’s, not a new body called "Air Force"', () => {
    expect(resolveSpeaker('Ukraine Air Force', 0, context)?.asserter).toMatchObject({
      type: 'unnamed',
      affiliationId: 'ukraine',
    })
  })
})

describe('verbs inside the quoted words', () => {
  it('does not take "X announced" inside a quote for the attribution after it', () => {
    const a = attribute(
      '“This morning the government announced more shells for Kyiv,” Olaf Scholz said at a town hall.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'scholz' })
  })

  it("still reads a quote the splitter left open: '“Overnight, 40 drones were downed, the ministry said.'", () => {
    expect(
      attribute('“Overnight, 40 drones were downed, the ministry said.', context)?.speaker,
    ).toBeDefined()
  })
})

describe('posting pictures is no statement', () => {
  it('reads "posted a photo" as no attribution, "posted that" as one', () => {
    expect(attribute('Olaf Scholz posted a video of the launchers.', context)).toBeUndefined()
    expect(
      attribute('Olaf Scholz posted that the launchers had arrived.', context)?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'scholz' })
  })
})
