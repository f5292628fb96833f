import { describe, expect, it } from 'vitest'
import { tightestClaim } from './disputes.ts'
import { julyRound } from './seed/index.ts'
import type { Talk } from './talk.ts'
import { talkStatuses } from './talk-status.ts'

const statusClaims = (talk: Talk) => talk.claims.filter((c) => c.fact === 'status')

describe('talkStatuses', () => {
  it('reads the July round, announced by Kyiv and then confirmed by the Kremlin, as confirmed', () => {
    expect(talkStatuses(julyRound)).toEqual([{ status: 'confirmed', asOf: '2025-07-21' }])
  })

  it('gives the value the talk page shows: the tightest claim of the position', () => {
    const [first, ...rest] = statusClaims(julyRound)
    if (!first) throw new Error('no status claim')
    expect(first.value.status).toBe('announced')
    expect(tightestClaim([first, ...rest]).value).toEqual(talkStatuses(julyRound)[0])
  })

  it('gives both sides of a round said to be held and cancelled, and nothing without a claim', () => {
    const [claim] = statusClaims(julyRound)
    if (claim?.fact !== 'status') throw new Error('no status claim')
    const disputed: Talk = {
      ...julyRound,
      claims: [
        { ...claim, id: 'held', value: { status: 'held', asOf: '2025-07-23' } },
        { ...claim, id: 'cancelled', value: { status: 'cancelled', asOf: '2025-07-23' } },
      ],
    }
    expect(
      talkStatuses(disputed)
        .map((s) => s.status)
        .sort(),
    ).toEqual(['cancelled', 'held'])
    const dateOnly = julyRound.claims.filter((c) => c.fact !== 'status')
    expect(talkStatuses({ ...julyRound, claims: dateOnly })).toEqual([])
  })
})
