import { describe, expect, it } from 'vitest'
import { findNames, proposedId, stateOfPlace } from './names.ts'

describe('findNames', () => {
  it('resolves people, institutions and places in any listed spelling', () => {
    const text =
      'The Ministry of Defence in Moscow said drones hit Kiev; Ukraine’s chief negotiator, Rustem Umyerov, agreed.'
    const names = findNames(text).map((n) => n.actorId ?? n.placeId)
    expect(names).toEqual(['ru-mod', 'ua-kyiv', 'ukraine', 'umerov'])
  })

  it('takes the name out of a title and a name', () => {
    const [n] = findNames('Defence Minister Denys Shmyhal said')
    expect(n).toMatchObject({ text: 'Denys Shmyhal', actorId: 'shmyhal' })
  })

  it('gives offsets into the article', () => {
    const [n] = findNames('in Istanbul', 10)
    expect(n).toMatchObject({ start: 13, end: 21, placeId: 'tr-istanbul' })
  })
})

describe('stateOfPlace', () => {
  it('finds the state a city is in', () => {
    expect(stateOfPlace('ua-kharkiv')).toBe('ukraine')
    expect(stateOfPlace('ru-nizhny-novgorod')).toBe('russia')
  })
})

describe('proposedId', () => {
  it('makes a valid slug from any name', () => {
    expect(proposedId('Vitali Klitschko')).toBe('new-vitali-klitschko')
    expect(proposedId('Støre')).toBe('new-store')
  })
})
