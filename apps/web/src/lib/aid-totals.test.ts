import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidEurFloor, aidTotalsByDonor } from './aid-totals.ts'

const aid = seedDataset.records.flatMap((r) => (r.kind === 'aid' ? [r] : []))
const byId = (id: string) => aid.find((a) => a.id === id)

describe('euro floors of aid records', () => {
  it('reads "over €5 billion" as at least €5 billion', () => {
    const request = byId('aid-ua-request-weapons-production-2025')
    expect(request && aidEurFloor(request)).toBe(5_000_000_000)
  })

  it('counts "around €1 billion each" once per Patriot system, from the low end of "around"', () => {
    const pledge = byId('aid-de-pledge-patriots-2025-07')
    expect(pledge && aidEurFloor(pledge)).toBeCloseTo(1_800_000_000, -3)
  })

  it('has no floor for "a considerable financial contribution"', () => {
    const pledge = byId('aid-no-de-pledge-air-defence-2025-07')
    expect(pledge && aidEurFloor(pledge)).toBeUndefined()
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
