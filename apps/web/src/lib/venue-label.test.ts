import { describe, expect, it } from 'vitest'
import { venueLabel } from './record-view.ts'

const place = (id: string) => (id === 'tr-istanbul' ? { name: 'Istanbul' } : undefined)

describe('a talk’s venue as shown', () => {
  it('names the gazetteer place, the id of one the gazetteer lacks, and says when none is named', () => {
    expect(venueLabel('tr-istanbul', place)).toBe('Istanbul')
    expect(venueLabel('new-dolmabahce-palace', place)).toBe('new-dolmabahce-palace')
    expect(venueLabel(undefined, place)).toBe('venue not named')
  })
})
