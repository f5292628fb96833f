import { describe, expect, it } from 'vitest'
import type { Actor } from './actor.ts'
import { actors } from './actors/actors.ts'
import { places } from './gazetteer/places.ts'
import { IngestPublish } from './ingest.ts'
import { lexiconOf, shippedLexicon } from './lexicon.ts'

const petrenko: Actor = {
  id: 'new-ivan-petrenko',
  kind: 'person',
  name: 'Ivan Petrenko',
  aliases: ['Petrenko'],
  roles: [],
}

describe('lexiconOf', () => {
  it('resolves an actor an editor added beside the shipped dictionary, with its aliases', () => {
    const lexicon = lexiconOf({ actors: [...actors, petrenko], places })
    expect(lexicon.resolveActor('Ivan Petrenko')).toBe('new-ivan-petrenko')
    expect(lexicon.resolveActor('petrenko')).toBe('new-ivan-petrenko')
    expect(lexicon.resolveActor('Umyerov')).toBe('umerov')
    expect(lexicon.resolvePlace('Kiev')).toBe('ua-kyiv')
    expect(lexicon.actor('new-ivan-petrenko')?.name).toBe('Ivan Petrenko')
    expect(shippedLexicon.resolveActor('Ivan Petrenko')).toBeUndefined()
  })

  it('builds once per pair of lists', () => {
    const list = [...actors]
    expect(lexiconOf({ actors: list, places })).toBe(lexiconOf({ actors: list, places }))
    expect(lexiconOf({ actors: [...actors], places })).not.toBe(lexiconOf({ actors: list, places }))
  })
})

describe('IngestPublish', () => {
  const article = { text: 'Kyiv was attacked.', source: { title: 'Kyiv' } }
  it('carries the article and decisions, and refuses drafts sent back', () => {
    expect(
      IngestPublish.safeParse({
        ...article,
        decisions: [{ draftId: 'draft-attack-1', action: 'reject' }],
      }).success,
    ).toBe(true)
    expect(IngestPublish.safeParse({ ...article, decisions: [], drafts: [] }).success).toBe(false)
    expect(
      IngestPublish.safeParse({
        ...article,
        decisions: [{ draftId: 'draft-attack-1', action: 'merge', recordId: 'x', title: 'T' }],
      }).success,
    ).toBe(false)
  })
})
