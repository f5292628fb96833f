import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { extract } from './extract.ts'
import { resolveSpeaker } from './speaker.ts'

/** Capitals for governments, and a title that holds an "and". */
const context = { newNames: [], lexicon: shippedLexicon }

describe('a capital standing for its government', () => {
  it('reads "Kyiv said" and "Washington has said" as unnamed officials of the state', () => {
    expect(
      attribute('Kyiv said the strike killed four people.', context)?.speaker.asserter,
    ).toEqual({ type: 'unnamed', description: 'Kyiv', affiliationId: 'ukraine' })
    expect(
      attribute('Washington has said it will send more missiles.', context)?.speaker.asserter,
    ).toEqual({ type: 'unnamed', description: 'Washington', affiliationId: 'united-states' })
  })

  it('keeps the ministry that just spoke for "according to Moscow"', () => {
    const ministry = resolveSpeaker('the Russian Defence Ministry', 0, context)
    expect(
      resolveSpeaker('Moscow', 0, { ...context, ...(ministry ? { previousBody: ministry } : {}) })
        ?.asserter,
    ).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })
})

describe('an "and" inside a title', () => {
  it('reads "National Defense and Security Council Secretary X" as one person', () => {
    const a = attribute(
      'National Defense and Security Council Secretary Rustem Umerov said the meeting went well.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'umerov' })
    expect(a?.alsoBy).toBeUndefined()
  })
})

describe('a named facility or company', () => {
  it('reads "the Kstovo refinery said" as the refinery, and "It added" as it again', () => {
    const found = extract(
      'Two Ukrainian drones struck the plant overnight, the Kstovo refinery said in a statement.\nIt added that a fire had broken out.',
      { source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'statement' ? [d.record.speaker] : []))
    expect(found).toEqual([
      { type: 'actor', actorId: 'new-kstovo-refinery' },
      { type: 'actor', actorId: 'new-kstovo-refinery' },
    ])
  })
})
