import { SitrepRecord } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { generateRecords } from './generate-records.ts'

describe('the synthetic data generator', () => {
  const records = [...generateRecords({ records: 2000, seed: 7 })]

  it('is deterministic for a seed and differs between seeds', () => {
    expect([...generateRecords({ records: 2000, seed: 7 })]).toEqual(records)
    expect([...generateRecords({ records: 50, seed: 8 })]).not.toEqual(records.slice(0, 50))
  })

  it('writes only records the domain accepts', () => {
    for (const record of records) expect(SitrepRecord.safeParse(record).error).toBeUndefined()
  })

  it('mixes the four kinds, spreads dates over 2022–2026 and includes disagreements', () => {
    const kinds = new Set(records.map((r) => r.kind))
    expect(kinds).toEqual(new Set(['talk', 'aid', 'attack', 'statement']))
    const years = new Set(
      records.flatMap((r) =>
        r.claims.flatMap((c) =>
          c.fact === 'date' && c.value.resolved ? [c.value.start.slice(0, 4)] : [],
        ),
      ),
    )
    expect(years).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']))
    const disputedDates = records.filter(
      (r) =>
        new Set(r.claims.filter((c) => c.fact === 'date').map((c) => JSON.stringify(c.value)))
          .size > 1,
    )
    expect(disputedDates.length).toBeGreaterThan(records.length / 50)
    expect(records.every((r) => r.claims.length >= 2)).toBe(true)
  })
})
