import type { Aid } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'
import { amountsOf, yearsStated } from './merge-aid-amounts.ts'
import { findMoney } from './money.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
/** Sweden's pledge read from one sentence: the claim states the `nth` amount the sentence names. */
const reported = (quote: string, nth = 0): Aid => {
  const value = findMoney(quote, '2024-05-22')[nth]?.money
  if (!request || !moneyClaim || !value) throw new Error(`no amount in ${quote}`)
  return { ...request, donorIds: ['sweden'], claims: [{ ...moneyClaim, value, quote }] }
}
const money = (a: Aid, b: Aid) =>
  aidSignals(a, b).find((s) => s?.reason.includes('amount') || s?.reason.includes('against'))

describe('yearsStated', () => {
  it.each([
    ['support of 75 billion kroner over three years', 3],
    ['under a new three-year framework', 3],
    ['25 billion crowns a year from 2024 to 2026', 3],
    ['a package for 2025', undefined],
    ['a one-year grant', undefined],
  ])('%s: %s', (quote, years) => {
    expect(yearsStated(quote)).toBe(years)
  })
})

describe('amountsOf', () => {
  it('keeps the amounts the sentence names beside the claim’s, as agreeing only', () => {
    const interfax = reported(
      'Sweden will give Ukraine three years of military support, totalling SEK 75 billion (EUR 6.5 billion), SEK 25 billion a year.',
      1,
    )
    // The claim's 25 billion is a year's: it agrees with the total, never counts against one.
    expect(amountsOf(interfax).map((a) => [a.money.amount, a.own])).toEqual([
      [25e9, false],
      [75e9, false],
    ])
  })
  it('adds up a yearly sum over the years stated', () => {
    const bloomberg = reported(
      'Sweden will give Ukraine military support worth 25 billion kronor ($2.3 billion) a year under a new three-year framework.',
    )
    expect(amountsOf(bloomberg).map((a) => [a.money.amount, a.own])).toEqual([
      [25e9, false],
      [75e9, false],
    ])
  })
})

describe('aidSignals: amounts beside the claim', () => {
  const total = reported('Sweden agreed on military support of 75 billion crowns over three years.')
  it('a yearly sum under a three-year framework is the framework’s total', () => {
    const yearly = reported(
      'Sweden will give 25 billion kronor a year under a three-year framework.',
    )
    expect(money(yearly, total)?.weight).toBe(0.45)
  })
  it('an amount the sentence names beside the claim agrees', () => {
    const beside = reported(
      'Sweden will give SEK 75 billion over three years, SEK 25 billion a year.',
      1,
    )
    expect(money(beside, total)?.reason).toContain('same amount')
  })
  it('a stated amount and a conversion meet within the stated bound', () => {
    const over = reported('Sweden approved a framework of more than EUR 6 billion.')
    const converted = reported('Sweden pledged SEK 75 billion (EUR 6.5 billion) for three years.')
    expect(money(over, converted)?.weight).toBe(0.45)
  })
  it('a sum named only beside the claim never counts against', () => {
    const beside = reported(
      'Sweden gives 3.4 billion kroner; its support since 2022 exceeds 100 billion kronor.',
    )
    const other = reported('Sweden pledged 1.4 billion kroner more.')
    expect(money(beside, other)?.weight).toBe(-0.3)
    expect(money(beside, other)?.reason).toContain('3.4')
  })
  it('a yearly sum is not a package’s total: it never counts against one', () => {
    const yearly = reported('Sweden gives 25 billion kronor a year for three years.')
    const other = reported('Sweden pledged 13.3 billion kronor.')
    expect(money(yearly, other)?.weight).toBeUndefined()
  })
})
