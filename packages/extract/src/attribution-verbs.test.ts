import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute, attributeBackward } from './attribution.ts'

/** Reporting verbs and passives real reporting uses beyond "said": one example sentence each. */
const context = { newNames: [], lexicon: shippedLexicon }

describe('reporting verbs beyond "said"', () => {
  it('reads "X informed journalists that …" as X speaking', () => {
    expect(
      attribute(
        'A spokesman for a Russian negotiator informed journalists that the meeting was over.',
        context,
      )?.speaker.asserter,
    ).toEqual({
      type: 'unnamed',
      description: 'A spokesman for a Russian negotiator',
      affiliationId: 'russia',
    })
  })

  it('reads "X has unveiled plans for a package" as X announcing it', () => {
    const a = attribute(
      'Defence Minister Boris Pistorius has unveiled plans for a new air defence package for Ukraine.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'pistorius' })
  })

  it('reads "The announcement was made by X" as X speaking the sentences before', () => {
    const a = attributeBackward(
      'The announcement was made by the Defence Minister, Boris Pistorius, after a meeting in Berlin.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'pistorius' })
    expect(a?.backward).toBe(true)
  })

  it('does not read "It was made by" a maker as anyone speaking', () => {
    expect(
      attributeBackward('It was made by Rheinmetall in a plant near Berlin.', context),
    ).toBeUndefined()
  })
  it('gives "…, X said on Sunday as Y visited" to X, the speaker closing the sentence', () => {
    const a = attribute(
      'Norway and Sweden have said they will send more shells to Ukraine, Dutch Prime Minister Mark Rutte said on Sunday as Zelensky visited The Hague.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'rutte' })
  })
  it('reads "the plan was presented on Monday by X and Y at …" as both speaking', () => {
    const a = attribute(
      'According to a local outlet, the energy plan was presented on Monday by Prime Minister Anna Virtanen and Foreign Minister Mikko Laine at a press conference.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'new-anna-virtanen' })
    expect(a?.alsoBy?.asserter).toEqual({ type: 'actor', actorId: 'new-mikko-laine' })
  })
})
