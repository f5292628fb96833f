import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'

const context = { newNames: [], lexicon: shippedLexicon }

describe('groups that speak without a name', () => {
  it('reads a delegation as unnamed officials of its state', () => {
    expect(
      attribute('Moscow handed over a draft memorandum, the Ukrainian delegation said.', context)
        ?.speaker.asserter,
    ).toEqual({ type: 'unnamed', description: 'Ukrainian delegation', affiliationId: 'ukraine' })
  })

  it('reads a plural present "announce that" as speaking', () => {
    expect(
      attribute(
        'The regional authorities announce that two drones were downed over Kharkiv.',
        context,
      )?.speaker.asserter,
    ).toMatchObject({ type: 'unnamed', description: 'regional authorities' })
  })
})
