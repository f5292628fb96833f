import { describe, expect, it } from 'vitest'
import { Draft, MatchSuggestion, NewName } from './draft.ts'
import { julyRound } from './seed/talks.ts'

describe('Draft', () => {
  it('holds a proposed record with the names no dictionary holds', () => {
    const draft = {
      record: julyRound,
      newNames: [
        {
          type: 'actor',
          name: 'Oleh Kiper',
          proposedId: 'new-oleh-kiper',
          span: { start: 10, end: 20 },
        },
      ],
    }
    expect(Draft.parse(draft)).toEqual(draft)
  })

  it('refuses a flagged name whose span is empty', () => {
    expect(
      NewName.safeParse({
        type: 'place',
        name: 'X',
        proposedId: 'new-x',
        span: { start: 5, end: 5 },
      }).success,
    ).toBe(false)
  })
})

describe('MatchSuggestion', () => {
  it('needs at least one reason, so the editor can judge the match', () => {
    expect(
      MatchSuggestion.safeParse({
        draftId: 'draft-talk-1',
        recordId: julyRound.id,
        score: 0.9,
        reasons: [],
      }).success,
    ).toBe(false)
    expect(
      MatchSuggestion.safeParse({
        draftId: 'draft-talk-1',
        recordId: julyRound.id,
        score: 0.9,
        reasons: ['same venue (tr-istanbul)'],
      }).success,
    ).toBe(true)
  })
})
