import { type Actor, actors, lexiconOf, places, shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { findNames, proposedId, stateOfPlace } from './names.ts'

describe('findNames', () => {
  it('resolves people, institutions and places in any listed spelling', () => {
    const text =
      'The Ministry of Defence in Moscow said drones hit Kiev; Ukraine’s chief negotiator, Rustem Umyerov, agreed.'
    const names = findNames(text, 0, shippedLexicon).map((n) => n.actorId ?? n.placeId)
    expect(names).toEqual(['ru-mod', 'ua-kyiv', 'ukraine', 'umerov'])
  })

  it('takes the name out of a title and a name', () => {
    const [n] = findNames('Defence Minister Denys Shmyhal said', 0, shippedLexicon)
    expect(n).toMatchObject({ text: 'Denys Shmyhal', actorId: 'shmyhal' })
  })

  it('reads a name without its possessive ending or final full stop', () => {
    const names = findNames(
      "Kharkiv's mayor spoke after Ukraines' and Poland’s talks in Kyiv.",
      0,
      shippedLexicon,
    )
    expect(names.map((n) => n.text)).toEqual(['Kharkiv', 'Poland', 'Kyiv'])
  })

  it('starts names at Latin capitals only, accented ones included', () => {
    expect(findNames('news from Україна today', 0, shippedLexicon)).toEqual([])
    expect(findNames('Ódesa', 0, shippedLexicon)).toHaveLength(1)
    expect(findNames('from Kyiv', 0, shippedLexicon)[0]).toMatchObject({ start: 5 })
  })

  it('gives offsets into the article', () => {
    const [n] = findNames('in Istanbul', 10, shippedLexicon)
    expect(n).toMatchObject({ start: 13, end: 21, placeId: 'tr-istanbul' })
  })

  it('resolves against the dictionaries it is given, each with its own remembered answers', () => {
    const text = 'regional governor Ivan Petrenko said'
    expect(findNames(text, 0, shippedLexicon)).toEqual([])
    const petrenko: Actor = {
      id: 'new-ivan-petrenko',
      kind: 'person',
      name: 'Ivan Petrenko',
      aliases: [],
      roles: [],
    }
    const store = lexiconOf({ actors: [...actors, petrenko], places })
    expect(findNames(text, 0, store)).toMatchObject([
      { text: 'Ivan Petrenko', actorId: 'new-ivan-petrenko' },
    ])
    expect(findNames(text, 0, shippedLexicon)).toEqual([])
  })
})

describe('stateOfPlace', () => {
  it('finds the state a city is in', () => {
    expect(stateOfPlace('ua-kharkiv', shippedLexicon)).toBe('ukraine')
    expect(stateOfPlace('ru-nizhny-novgorod', shippedLexicon)).toBe('russia')
  })
})

describe('proposedId', () => {
  it('makes a valid slug from any name', () => {
    expect(proposedId('Vitali Klitschko')).toBe('new-vitali-klitschko')
    expect(proposedId('Støre')).toBe('new-store')
  })
})
