import { actors, places } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { resolveEntry } from './name-resolver.ts'

describe('resolveEntry', () => {
  it.each([
    ['an id as it is', places, 'ua-kharkiv', 'ua-kharkiv'],
    ['a name in lower case', places, 'kharkiv', 'ua-kharkiv'],
    ['an alias', places, 'Kharkov', 'ua-kharkiv'],
    ['a name with a space', places, 'Kyiv Oblast', 'ua-kyiv-oblast'],
    ['an actor’s name', actors, 'Zelenskyy', 'zelensky'],
    ['a Cyrillic spelling', actors, 'Зеленський', 'zelensky'],
  ])('resolves %s', (_, entries, typed, id) => {
    expect(resolveEntry(entries, typed)).toEqual({ id })
  })

  it('suggests the entries a misspelt name may mean, closest first, at most five', () => {
    const found = resolveEntry(places, 'Kharkif')
    expect(found).toMatchObject({ ambiguous: false })
    const ids = 'suggestions' in found ? found.suggestions.map((e) => e.id) : []
    expect(ids[0]).toBe('ua-kharkiv')
    const ministries = resolveEntry(actors, 'ministry')
    expect('suggestions' in ministries && ministries.suggestions.length).toBe(5)
  })

  it('suggests nothing for a name like no entry', () => {
    expect(resolveEntry(places, 'zzzzqqqq')).toEqual({ ambiguous: false, suggestions: [] })
  })

  it('never guesses between entries that share a name', () => {
    const twins = [
      { id: 'us-paris-tx', name: 'Paris', aliases: [] },
      { id: 'fr-paris', name: 'Paris', aliases: [] },
    ]
    const found = resolveEntry(twins, 'paris')
    expect(found).toMatchObject({ ambiguous: true })
    expect('suggestions' in found && found.suggestions.map((e) => e.id)).toEqual([
      'fr-paris',
      'us-paris-tx',
    ])
  })
})
