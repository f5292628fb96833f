import { describe, expect, it } from 'vitest'
import { findMoney, findUnspecifiedMoney } from './money.ts'

const MONDAY = '2025-07-21'

describe('findMoney', () => {
  it('keeps "over", the euro amount and the source’s own dollar conversion', () => {
    const [m] = findMoney(
      'requires the equivalent of over €5 billion ($5.84 billion) in aid',
      MONDAY,
    )
    expect(m?.money).toMatchObject({
      kind: 'amount',
      amount: 5_000_000_000,
      currency: 'EUR',
      qualifier: 'over',
      per: 'total',
      sourceConversion: { amount: 5_840_000_000, currency: 'USD' },
      eur: { amount: 5_000_000_000, rate: 1, rateDate: MONDAY },
      raw: 'over €5 billion ($5.84 billion)',
    })
  })

  it('reads "around €1 billion each" as an approximate price per unit', () => {
    const [m] = findMoney('two systems in the US for around €1 billion each', MONDAY)
    expect(m?.money).toMatchObject({ amount: 1e9, qualifier: 'about', per: 'unit' })
  })

  it.each([
    ['$400 million in security assistance', 4e8, 'USD'],
    ['a package worth 1.5bn euros', 1.5e9, 'EUR'],
    ['£150m for drones', 1.5e8, 'GBP'],
    ['EUR 500 million', 5e8, 'EUR'],
    ['3 billion Norwegian kroner', 3e9, 'NOK'],
    ['5 billion Canadian dollars', 5e9, 'CAD'],
    ['a grant of 120 million U.S. dollars for generators', 1.2e8, 'USD'],
    ['4.8 billion kronor', 4.8e9, 'SEK'],
  ])('reads "%s"', (text, amount, currency) => {
    expect(findMoney(text, MONDAY)[0]?.money).toMatchObject({ amount, currency })
  })

  it('converts other currencies with the domain’s reference rate, naming the rate’s period', () => {
    expect(findMoney('$400 million', MONDAY)[0]?.money.eur).toEqual({
      amount: 342_553_738.12,
      rate: 1.1677,
      rateDate: '2025-07-01',
    })
  })

  it('computes no euro value without a publication day', () => {
    expect(findMoney('$400 million', undefined)[0]?.money.eur).toBeUndefined()
  })
})

describe('findUnspecifiedMoney', () => {
  it('recognises a pledge of money with no figure', () => {
    expect(
      findUnspecifiedMoney('willingness to make a considerable financial contribution')
        ?.description,
    ).toBe('a considerable financial contribution')
  })

  it('reads a hyphenated scale and "mln" / "bln"', () => {
    expect(findMoney('a $2.5-billion package', undefined)[0]?.money).toMatchObject({
      amount: 2_500_000_000,
      currency: 'USD',
    })
    expect(
      findMoney('300 mln euros and 1.2 bln euros', undefined).map((m) =>
        m.money.kind === 'amount' ? m.money.amount : 0,
      ),
    ).toEqual([300_000_000, 1_200_000_000])
  })

  it('reads a bare "kroner" as the krone of the country the text is about', () => {
    const currency = (text: string) =>
      findMoney(text, MONDAY).map((m) => (m.money.kind === 'amount' ? m.money.currency : ''))
    expect(currency('Denmark will give 3 billion kroner to Ukraine.')).toEqual(['DKK'])
    expect(currency('Norway adds 2 billion kroner for Kyiv.')).toEqual(['NOK'])
    expect(currency('Sweden sends 900 million kronor.')).toEqual(['SEK'])
  })
})
