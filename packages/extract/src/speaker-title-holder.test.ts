import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { resolveSpeaker } from './speaker.ts'
import { titleHolderBefore } from './speaker-title-holder.ts'

const context = { newNames: [], lexicon: shippedLexicon }

describe('an office of a place said without a name', () => {
  it('is the person named with that office before: "the governor of Sumy" after its governor', () => {
    const before = 'The governor of Sumy, Petro Hryhorenko, reported two drones over the city. '
    expect(titleHolderBefore('the governor of Sumy', before)).toBe(
      'governor of Sumy Petro Hryhorenko',
    )
    expect(resolveSpeaker('the governor of Sumy', 0, { ...context, before })?.asserter).toEqual({
      type: 'actor',
      actorId: 'new-petro-hryhorenko',
    })
  })

  it('stays an unnamed official when no holder was named', () => {
    expect(titleHolderBefore('the governor of Sumy', 'Drones flew over Sumy. ')).toBeUndefined()
  })
  it('reads "the chancellor" as the chancellor named before, not the person named last', () => {
    const before =
      'German Chancellor Olaf Scholz spoke about a new package. He met Volodymyr Zelensky in Berlin. '
    expect(resolveSpeaker('the chancellor', 0, { ...context, before })?.asserter).toEqual({
      type: 'actor',
      actorId: 'scholz',
    })
  })
})
