import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidTotalsByDonor } from './aid-totals.ts'

const aid = seedDataset.records.flatMap((r) => (r.kind === 'aid' ? [r] : []))

describe('aid totals', () => {
  it('sums each record once at its displayed euro floor: requests at least €5bn, not per claim', () => {
    const totals = aidTotalsByDonor(aid, (id) => id)
    expect(totals.find((t) => t.stage === 'request')?.eur).toBe(5_000_000_000)
    expect(totals.find((t) => t.label === 'germany')?.eur).toBeCloseTo(1_800_000_000, -3)
  })

  it('groups by donor and stage, requests under "no donor named"', () => {
    const totals = aidTotalsByDonor(aid, (id) => id)
    expect(totals.map((t) => `${t.label}|${t.stage}`)).toEqual([
      'No donor named|request',
      'germany|pledge',
      'norway|pledge',
    ])
  })
})
