import type { Stats } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { emptyDictionaries, namesFrom } from '../lib/names.ts'
import { describeStats } from './show-stats.ts'

const none = { low: 0, high: 0 }
const stats = (undated: Stats['undatedAttacks']): Stats =>
  ({
    talksByStatus: [],
    undatedAttacks: undated,
    attacksByRegion: [],
    aid: { byDonor: [], byCategory: [], byStage: [] },
    statements: { bySpeaker: [], unnamedSpeakers: 0, byChannel: [] },
    series: {
      bucket: 'month',
      attacks: [{ start: '2022-03-01', attacks: 10, killed: { low: 2, high: 3 }, injured: none }],
      airWar: [],
      aid: [],
    },
  }) as Partial<Stats> as Stats

describe('sitrep stats', () => {
  it('shows the attacks no day was given for apart, so the column adds up to the total', () => {
    const text = describeStats(
      stats({ attacks: 4, killed: { low: 1, high: null }, injured: none }),
      namesFrom(emptyDictionaries),
    )
    expect(text).toMatch(/2022-03\s+10\s+2–3/)
    expect(text).toMatch(/no day given\s+4\s+1\+\s+0/)
  })

  it('leaves the row out when every attack has a day', () => {
    const text = describeStats(
      stats({ attacks: 0, killed: none, injured: none }),
      namesFrom(emptyDictionaries),
    )
    expect(text).not.toContain('no day given')
  })
})
