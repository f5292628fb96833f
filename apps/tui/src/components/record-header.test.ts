import { describe, expect, it } from 'vitest'
import { seedNames, seedRecord } from '../testing/fixtures.ts'
import { headerLine } from './record-header.tsx'

describe('headerLine', () => {
  it('names the July round’s venue, and says so when a report places the round nowhere', () => {
    const { record } = seedRecord('talk-istanbul-2025-07')
    expect(headerLine(record, seedNames)).toBe('Round 3 · delegation · Istanbul · Ukraine–Russia')
    if (record.kind !== 'talk') throw new Error('the July round is a talk')
    const { venueId: _, ...unplaced } = record
    expect(headerLine(unplaced, seedNames)).toBe(
      'Round 3 · delegation · venue not named · Ukraine–Russia',
    )
  })
})
