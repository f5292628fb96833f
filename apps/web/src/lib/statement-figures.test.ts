import { actors, type Stats } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { channelRows, speakerRows, statementTotal } from './statement-figures.ts'

/** `/v1/stats` over the seed article (the store's stats test asserts the same figures). */
const seedStatements: Stats['statements'] = {
  bySpeaker: [
    { speakerId: 'zelensky', statements: 7 },
    { speakerId: 'syrskyi', statements: 3 },
    { speakerId: 'peskov', statements: 2 },
    { speakerId: 'shmyhal', statements: 2 },
    { speakerId: 'kremlin', statements: 1 },
    { speakerId: 'martsinkiv', statements: 1 },
    { speakerId: 'rosaviatsiya', statements: 1 },
    { speakerId: 'ru-mod', statements: 1 },
    { speakerId: 'store', statements: 1 },
  ],
  unnamedSpeakers: 3,
  byChannel: [
    { channel: 'remarks', statements: 12 },
    { channel: 'official-statement', statements: 4 },
    { channel: 'news-agency-report', statements: 2 },
    { channel: 'online-meeting', statements: 2 },
    { channel: 'social-media-post', statements: 1 },
    { channel: 'video-message', statements: 1 },
  ],
}

const actorName = (id: string) => actors.find((a) => a.id === id)?.name ?? id

describe('the overview’s statement figures', () => {
  it('counts every statement once: the seed’s 22, named and unnamed speakers together', () => {
    expect(statementTotal(seedStatements)).toBe(22)
  })

  it('names the speakers from the actor dictionary and puts unnamed speakers last, not ranked', () => {
    const rows = speakerRows(seedStatements, actorName)
    expect(rows.slice(0, 2)).toEqual([
      { key: 'zelensky', label: 'Volodymyr Zelensky', statements: 7 },
      { key: 'syrskyi', label: 'Oleksandr Syrskyi', statements: 3 },
    ])
    expect(rows).toHaveLength(10)
    expect(rows.at(-1)).toEqual({ key: 'unnamed', label: 'Unnamed speakers', statements: 3 })
  })

  it('sums the named speakers beyond the limit into one row, so no statement drops out', () => {
    const rows = speakerRows(seedStatements, actorName, 2)
    expect(rows.map((r) => [r.label, r.statements])).toEqual([
      ['Volodymyr Zelensky', 7],
      ['Oleksandr Syrskyi', 3],
      ['7 other named speakers', 9],
      ['Unnamed speakers', 3],
    ])
    expect(rows.reduce((n, r) => n + r.statements, 0)).toBe(statementTotal(seedStatements))
  })

  it('writes channels as the record pages do', () => {
    expect(channelRows(seedStatements).at(-1)).toEqual({
      key: 'video-message',
      label: 'video message',
      statements: 1,
    })
  })
})
