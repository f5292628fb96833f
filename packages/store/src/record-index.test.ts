import { talkStatuses } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { currentTalkStatus } from './record-index.ts'

describe('currentTalkStatus', () => {
  it('files the July round under the status every view shows, whatever order its claims are in', () => {
    const [shown] = talkStatuses(julyRound)
    expect(shown?.status).toBe('confirmed')
    expect(currentTalkStatus(julyRound)).toBe('confirmed')
    const reversed = { ...julyRound, claims: [...julyRound.claims].reverse() }
    expect(currentTalkStatus(reversed)).toBe('confirmed')
  })
})
