import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2025-06-04'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount'
      ? [`${c.value.amount} ${c.value.currency}`]
      : [],
  )

describe('which sums are the payment', () => {
  it('takes no yearly rate for the total', () => {
    const [found, ...rest] = aid(
      'The Finnish government will give Ukraine defence support worth 4 billion euros a year under a new four-year plan.',
    )
    expect(rest).toEqual([])
    // "defence support" is no item, so the record may hold nothing and be dropped
    expect(amounts(found) ?? []).toEqual([])
    const [annual] = aid('Norway will provide Ukraine with NOK 15 billion annually until 2030.')
    expect(amounts(annual)).toEqual([])
  })

  it('keeps a share of a package inside the package, not as a payment of its own', () => {
    const found = aid(
      'Belgium has announced a military aid package for Ukraine worth 900 million euros. A total of 200 million euros (about $220 million) from this package will go to air defence.',
    )
    expect(found).toHaveLength(1)
    expect(amounts(found[0])).toEqual(['900000000 EUR'])
  })

  it('reads a share as the payment when no sum was told before it', () => {
    const found = aid(
      'The commissioner said €12 billion of the new loan for Ukraine will go to weapons and €8 billion to the budget.',
    )
    expect(found.flatMap((a) => amounts(a) ?? [])).toContain('12000000000 EUR')
  })

  it('takes no running total, nor the larger whole a loan is part of, for the payment’s sum', () => {
    const total = aid(
      'Finland pledged a package worth €150 million (about $165 million) on Tuesday. The total amount of Finnish aid to Ukraine, including this package, will amount to €3 billion.',
    )
    expect(total.flatMap((a) => amounts(a) ?? [])).toEqual(['150000000 EUR'])
    const part = aid(
      'Canada signed an agreement to lend Ukraine C$5 billion. The loan is part of a wider G7 plan delivering $50 billion.',
    )
    // the whole is a pledge of its own (see aid-whole.test.ts)
    expect(part.map((a) => [a.donorIds, amounts(a)])).toEqual([
      [['g7'], ['50000000000 USD']],
      [['canada'], ['5000000000 CAD']],
    ])
  })

  it('reads hyphenated amounts, yen and hedged conversions', () => {
    const [plan] = aid('Ministers agreed to a 3 billion-euro plan to buy shells for Ukraine.')
    expect(amounts(plan)).toEqual(['3000000000 EUR'])
    const [loan] = aid(
      'Ukraine has inked a 20 billion yen ($130 million) loan agreement with Japan.',
    )
    expect(amounts(loan)).toEqual(['20000000000 JPY'])
    const [hedged] = aid(
      'Spain allocates a package for Ukraine worth 500 million euros (almost $550 million).',
    )
    expect(hedged?.claims.find((c) => c.fact === 'money')?.value).toMatchObject({
      amount: 500000000,
      sourceConversion: { amount: 550000000, currency: 'USD' },
    })
  })

  it('takes no finance minister for an item', () => {
    const [loan] = aid(
      'Italy will lend Ukraine €300 million. The deal was signed by Finance Minister Anna Rossi.',
    )
    expect(loan?.claims.filter((c) => c.fact === 'item')).toEqual([])
  })

  it('makes two payments of "€12 billion … to weapons and €8 billion for the budget", not of a range', () => {
    const two = aid(
      'The commissioner said €12 billion of the new loan for Ukraine will go to weapons and €8 billion for the budget.',
    )
    expect(two.map(amounts)).toEqual([['12000000000 EUR'], ['8000000000 EUR']])
    const range = aid('Norway will give Ukraine between $5 million and $10 million for generators.')
    expect(range).toHaveLength(1)
  })
})
