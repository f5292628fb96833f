import { describe, expect, it } from 'vitest'
import { findMoney } from './money.ts'

const read = (text: string) =>
  findMoney(text, undefined).map((m) =>
    m.money.kind === 'amount' ? `${m.money.amount} ${m.money.currency} ${m.money.raw}` : '',
  )

describe('money written in words and in crowns', () => {
  it('reads a small number spelled out before its scale, keeping the words as written', () => {
    expect(read('Brussels will pay two billion euros for shells.')).toEqual([
      '2000000000 EUR two billion euros',
    ])
    expect(read('a billion dollars in loans')).toEqual(['1000000000 USD a billion dollars'])
  })

  it('leaves spelled counts of things alone', () => {
    expect(read('one million rounds of ammunition')).toEqual([])
  })

  it('reads crowns by the country named before them, and a crown used as an adjective', () => {
    expect(read('5 billion Norwegian crowns')).toEqual([
      '5000000000 NOK 5 billion Norwegian crowns',
    ])
    expect(read('a 7.1 billion crown package')).toEqual(['7100000000 SEK 7.1 billion crown'])
  })
})
