import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { formatCount, formatEur, formatMeasure, formatStatedMoney } from './format-quantity.ts'

const money = seedDataset.records.flatMap((r) =>
  r.kind === 'aid' ? r.claims.flatMap((c) => (c.fact === 'money' ? [c.value] : [])) : [],
)

describe('money as stated and in euros', () => {
  it('keeps the qualifier and the source’s own dollar figure', () => {
    expect(money.map(formatStatedMoney)).toContain('over €5bn (US$5.84bn as printed)')
  })

  it('shows the euro value with the day of its rate', () => {
    expect(money.map(formatEur)).toContain('€5bn (stated in euros, 2025-07-21)')
    expect(money.map(formatEur)).toContain('€1bn each (stated in euros, 2025-07-21)')
  })

  it('says when no amount was stated', () => {
    expect(money.map(formatStatedMoney).some((m) => m.endsWith('(amount not stated)'))).toBe(true)
  })
})

describe('counts as stated', () => {
  it('reads qualifiers and ranges', () => {
    expect(formatMeasure({ qualifier: 'at-least', value: 1 })).toBe('at least 1')
    expect(formatMeasure({ qualifier: 'range', min: 2, max: 5 })).toBe('2–5')
    expect(formatMeasure({ qualifier: 'exact', value: 15 })).toBe('15')
  })
})

describe('formatCount', () => {
  it('separates thousands as the list totals do', () => {
    expect(formatCount(6771)).toBe('6,771')
    expect(formatCount(15)).toBe('15')
  })
})
