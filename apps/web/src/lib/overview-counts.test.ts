import type { Stats } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attackTollFloors, recordCounts } from './overview-counts.ts'

const none = { low: 0, high: 0 }

/**
 * The seed's night of 20-21 July (two attacks, two killed, fifteen injured) and the same night
 * told again by a report that names no day: the attack list holds three records.
 */
const seedNightAndAnUndatedRetelling: Stats = {
  attacksByDay: [
    { day: '2025-07-20', attacks: 2, killed: { low: 2, high: 2 }, injured: { low: 15, high: 15 } },
  ],
  undatedAttacks: { attacks: 1, killed: { low: 2, high: 2 }, injured: { low: 15, high: 15 } },
  attacksByRegion: [],
  aid: { byDonor: [], byCategory: [], byStage: [{ stage: 'request', records: 4, eurAtLeast: 0 }] },
  talksByStatus: [
    { status: 'held', count: 2 },
    { status: 'confirmed', count: 1 },
  ],
  statements: {
    bySpeaker: [{ speakerId: 'zelensky', statements: 7 }],
    unnamedSpeakers: 3,
    byChannel: [],
  },
  series: { bucket: 'day', attacks: [], airWar: [], aid: [] },
}

describe('the overview counters', () => {
  it('count undated attacks as the attack list does, not only those on a day', () => {
    expect(recordCounts(seedNightAndAnUndatedRetelling)).toEqual({
      talk: 3,
      aid: 4,
      attack: 3,
      statement: 10,
    })
  })

  it('add the undated attacks to the least killed and injured', () => {
    expect(attackTollFloors(seedNightAndAnUndatedRetelling)).toEqual({ killed: 4, injured: 30 })
  })

  it('are zero for an empty period', () => {
    const empty: Stats = {
      ...seedNightAndAnUndatedRetelling,
      attacksByDay: [],
      undatedAttacks: { attacks: 0, killed: none, injured: none },
    }
    expect(attackTollFloors(empty)).toEqual({ killed: 0, injured: 0 })
    expect(recordCounts(empty).attack).toBe(0)
  })
})
