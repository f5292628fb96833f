import { describe, expect, it } from 'vitest'
import { seedRecord, stored } from '../testing/fixtures.ts'
import { followUpStatement } from '../testing/new-record.ts'
import { answerMark, appendPage, recordItem } from './record-summary.ts'

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
