import { describe, expect, it } from 'vitest'
import { venueLabel } from './venue-label.ts'

const placeName = (id: string) => (id === 'tr-istanbul' ? 'Istanbul' : undefined)

describe('a talk’s venue as shown', () => {
  it('names the gazetteer place, the id of one the gazetteer lacks, and says when none is named', () => {
    expect(venueLabel('tr-istanbul', placeName)).toBe('Istanbul')
    expect(venueLabel('new-dolmabahce-palace', placeName)).toBe('new-dolmabahce-palace')
    expect(venueLabel(undefined, placeName)).toBe('venue not named')
  })
})
