import type { Aid } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'
import { findMoney } from './money.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
const reported = (quote: string, donor = 'sweden'): Aid => {
  const value = findMoney(quote, '2025-03-31')[0]?.money
  if (!request || !moneyClaim || !value) throw new Error(`no amount in ${quote}`)
  return { ...request, donorIds: [donor], claims: [{ ...moneyClaim, value, quote }] }
}
const money = (a: Aid, b: Aid) =>
  aidSignals(a, b).find((s) => s?.reason.includes('figure') || s?.reason.includes('against'))

describe('aidSignals: one figure under two currencies', () => {
  const kronor = reported('Sweden announced a package worth 16 billion kronor ($1.6 billion).')

  it('counts "16 billion dollars" for "16 billion kronor" a little, as a slip of the currency', () => {
    const dollars = reported('Sweden announced a package worth 16 billion dollars.')
    expect(money(kronor, dollars)).toMatchObject({ weight: 0.2 })
  })

  it('still counts a different figure in dollars against the package', () => {
    const other = reported('Sweden announced a package worth 5 billion dollars.')
    expect(money(kronor, other)?.weight).toBeLessThan(0)
  })
})
