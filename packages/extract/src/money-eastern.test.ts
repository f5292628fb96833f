import { describe, expect, it } from 'vitest'
import { findMoney } from './money.ts'

const first = (text: string) => {
  const [m] = findMoney(text, undefined)
  return m?.money.kind === 'amount' ? `${m.money.amount} ${m.money.currency}` : undefined
}

describe('sums in the currencies of the EU’s eastern givers', () => {
  it.each([
    ['Sofia approved a package worth about 100 million leva.', '100000000 BGN'],
    ['Warsaw pledged 2 billion zlotys for the shells.', '2000000000 PLN'],
    ['Prague will give 500 million Czech crowns.', '500000000 CZK'],
    ['The Czech cabinet approved 300 million crowns for the shells.', '300000000 CZK'],
    ['Bucharest set aside 40 million lei.', '40000000 RON'],
    ['The package is worth BGN 60 million.', '60000000 BGN'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(first(text)).toBe(expected)
  })
})
