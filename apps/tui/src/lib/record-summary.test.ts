import { describe, expect, it } from 'vitest'
import { seedRecord, stored } from '../testing/fixtures.ts'
import { followUpStatement } from '../testing/new-record.ts'
import { answerMark, appendPage, listTitle, recordItem } from './record-summary.ts'

describe('appendPage', () => {
  it('adds the next page below, leaving out a record already shown (edited between two pages)', () => {
    const july = recordItem(seedRecord('talk-istanbul-2025-07'))
    const may = recordItem(seedRecord('talk-istanbul-2025-05'))
    const followUp = recordItem(stored(followUpStatement()))
    expect(appendPage([may, july], [july, followUp]).map((i) => i.id)).toEqual([
      may.id,
      july.id,
      followUp.id,
    ])
  })
})

describe('answerMark', () => {
  const statement = followUpStatement()
  it('marks a statement that denies a record, and nothing else', () => {
    if (statement.kind !== 'statement') throw new Error('not a statement')
    const denial = {
      ...statement,
      claims: statement.claims.map((c) => ({ ...c, stance: { type: 'denial' as const } })),
    }
    expect(answerMark(denial)).toBe('[denial] ')
    expect(answerMark(statement)).toBe('')
    expect(answerMark(seedRecord('talk-istanbul-2025-07').record)).toBe('')
  })
})

describe('listTitle', () => {
  it('drops the date the row already shows from an imported title, wherever it was written', () => {
    expect(listTitle('Air Force report 2026-02-07: 37 launched (Kalibr)', '2026-02-07')).toBe(
      'Air Force report: 37 launched (Kalibr)',
    )
    expect(listTitle('16/02/2022 Missile strike on Kharkiv', '2022-02-16')).toBe(
      'Missile strike on Kharkiv',
    )
  })

  it('keeps a title whose date is another day, or that is nothing but the date', () => {
    expect(listTitle('16/02/2022 Missile strike on Kharkiv', '2022-03-16')).toBe(
      '16/02/2022 Missile strike on Kharkiv',
    )
    expect(listTitle('2022-02-16', '2022-02-16')).toBe('2022-02-16')
    expect(listTitle('Third round of talks', 'undated')).toBe('Third round of talks')
  })
})
