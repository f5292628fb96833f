import type { Aid } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
if (!request) throw new Error('the seed holds an aid record')
const by = (...donorIds: string[]): Aid => ({ ...request, donorIds })
const donors = (a: Aid, b: Aid) => aidSignals(a, b).find((s) => s?.reason.includes('donor'))

describe('aidSignals: donors', () => {
  it('counts a shared donor over the shorter list', () => {
    expect(donors(by('norway'), by('norway', 'romania'))?.weight).toBe(0.25)
  })

  it('counts two named donors with none in common against: two donors’ pledges', () => {
    expect(donors(by('sweden'), by('norway'))).toEqual({
      weight: -0.2,
      reason: 'no donor in common (sweden; norway)',
    })
  })

  it('says nothing when a report names no donor', () => {
    expect(donors(by(), by('norway'))).toBeUndefined()
  })
})
