import type { Place } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { dictionaries } from './new-names.fixture.ts'
import { resolveEntry } from './resolve-entry.ts'

const village = (id: string, parentId: string): Place => ({
  id,
  name: 'Zarichne',
  aliases: [],
  kind: 'city',
  country: 'UA',
  parentId,
  coordinates: { lat: 48, lon: 35 },
})
const twoZarichnes = [
  village('ua-zarichne-1', 'ua-dnipropetrovsk-oblast'),
  village('ua-zarichne-2', 'ua-sumy-oblast'),
]
const withVillages = {
  ...dictionaries,
  places: [...dictionaries.places, ...twoZarichnes],
  place: (id: string) => twoZarichnes.find((p) => p.id === id) ?? dictionaries.place(id),
}

describe('resolveEntry', () => {
  it('finds an actor by an alias as well as by id, whatever the case', () => {
    expect(resolveEntry('zelensky', 'actor', 'Zelenskyy’s office', dictionaries)).toEqual({
      ok: true,
      entry: { id: 'zelensky', name: 'Volodymyr Zelensky' },
    })
    expect(resolveEntry('VOLODYMYR ZELENSKY', 'actor', 'Zelenskyy', dictionaries).ok).toBe(true)
  })

  it('refuses a name several places share rather than guess, and takes either by id', () => {
    expect(resolveEntry('Zarichne', 'place', 'Zarichne', withVillages)).toEqual({
      ok: false,
      error:
        '“Zarichne” names 2 places (ua-zarichne-1, ua-zarichne-2): pick one of them for “Zarichne”.',
    })
    expect(resolveEntry('ua-zarichne-2', 'place', 'Zarichne', withVillages)).toEqual({
      ok: true,
      entry: { id: 'ua-zarichne-2', name: 'Zarichne' },
    })
  })
})
