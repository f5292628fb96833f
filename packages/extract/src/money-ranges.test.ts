import { describe, expect, it } from 'vitest'
import { findMoney } from './money.ts'

const read = (text: string) =>
  findMoney(text, undefined).map(
    (m) => `${m.money.qualifier} ${m.money.amount} ${m.money.currency}`,
  )

describe('a range of money', () => {
  it.each([
    ['The ministry expects another €30-35 million for the fund.', ['at-least 30000000 EUR']],
    ['It will cost between 200 and 250 million euros.', ['at-least 200000000 EUR']],
    ['Grants of $2-$4 billion are planned.', ['at-least 2000000000 USD']],
    ['between £1 billion and £1.5 billion a year', ['at-least 1000000000 GBP']],
  ])('reads "%s" as at least its low end', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('leaves hyphenated amounts, two payments and rises alone', () => {
    expect(read('a $2.5-billion package')).toEqual(['exact 2500000000 USD'])
    expect(read('$5 million for food and $10 million for shelter')).toEqual([
      'exact 5000000 USD',
      'exact 10000000 USD',
    ])
    expect(read('spending rose from €1bn to €2bn')).toEqual([
      'exact 1000000000 EUR',
      'exact 2000000000 EUR',
    ])
  })
})
