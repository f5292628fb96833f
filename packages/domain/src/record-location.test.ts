import { describe, expect, it } from 'vitest'
import type { Attack } from './attack.ts'
import { recordLocation } from './record-location.ts'

const attack = (over: Partial<Attack>): Attack => ({
  kind: 'attack',
  id: 'attack-test',
  title: 'Test',
  attackerId: 'russia',
  targetId: 'ukraine',
  placeIds: ['ua-kharkiv'],
  weapons: [],
  claims: [
    {
      id: 'attack-test-date',
      sourceId: 'src-test',
      quote: 'On 1 March',
      assertedBy: { type: 'actor', actorId: 'ukraine' },
      attribution: 'official-body',
      verification: 'unverified',
      fact: 'date',
      value: {
        resolved: true,
        start: '2022-03-01',
        end: '2022-03-01',
        precision: 'day',
        raw: '1 March',
      },
    },
  ],
  ...over,
})

describe('recordLocation', () => {
  it("keeps a dataset's exact point over the city it names", () => {
    const location = { lat: 49.99, lon: 36.36, precision: 'exact', origin: 'cir' } as const
    expect(recordLocation(attack({ location }))).toEqual(location)
  })

  it('takes the named settlement over a coarser point of its own', () => {
    const location = { lat: 49.9, lon: 36.3, precision: 'oblast', origin: 'acled' } as const
    expect(recordLocation(attack({ location }))?.precision).toBe('settlement')
  })

  it('falls back to the gazetteer, down to the country', () => {
    expect(recordLocation(attack({}))?.origin).toBe('gazetteer')
    expect(recordLocation(attack({ placeIds: ['ua'] }))?.precision).toBe('country')
  })
})
