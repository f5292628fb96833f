import type { Aid } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'
import { findMoney } from './money.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
/** One donor's pledge read from one sentence, priced on a day of 2024. */
const reported = (quote: string, donor: string): Aid => {
  const value = findMoney(quote, '2024-10-16')[0]?.money
  if (!request || !moneyClaim || !value) throw new Error(`no amount in ${quote}`)
  return { ...request, donorIds: [donor], claims: [{ ...moneyClaim, value, quote }] }
}
const money = (a: Aid, b: Aid) =>
  aidSignals(a, b).find(
    (s) =>
      s?.reason.includes('amount') || s?.reason.includes('against') || s?.reason.includes('figure'),
  )

describe('aidSignals: a bare dollar of a donor whose money is a dollar', () => {
  const tanks = reported('Australia will send 49 tanks under a $245 million package.', 'australia')

  it('reads "$245 million" from Australia also as Australian dollars, meeting AP’s US dollars', () => {
    const ap = reported('Australia will give 49 tanks, valued at $163 million.', 'australia')
    expect(money(tanks, ap)).toMatchObject({ weight: 0.35 })
    expect(money(ap, tanks)?.reason).toContain('same amount in euros')
  })

  it('meets the source that names both currencies', () => {
    const both = reported('The package is worth A$245 million (US$163 million).', 'australia')
    expect(money(tanks, both)?.weight).toBeGreaterThan(0)
  })

  it('still counts a dollar sum of another size against it', () => {
    const other = reported('Australia will send a $100 million package.', 'australia')
    expect(money(tanks, other)?.weight).toBeLessThan(0)
  })

  it('leaves US dollars named as such, and a donor paying in US dollars, as they are', () => {
    const us = reported('Australia will give tanks valued at US$163 million.', 'australia')
    const named = reported(
      'Australia will give tanks valued at 245 million U.S. dollars.',
      'australia',
    )
    expect(money(named, us)?.weight).toBeLessThan(0)
    const american = reported(
      'The United States will send a $245 million package.',
      'united-states',
    )
    const later = reported('The United States will send a $163 million package.', 'united-states')
    expect(money(american, later)?.weight).toBeLessThan(0)
  })

  it('reads Canada’s "34 million dollars" as its "34 million Canadian dollars ($25.5 million)"', () => {
    const release = reported(
      'Canada is providing 34 million Canadian dollars ($25.5 million) in military aid.',
      'canada',
    )
    const retold = reported('Anand announced an additional 34 million dollars in aid.', 'canada')
    expect(money(retold, release)).toMatchObject({ weight: 0.45 })
  })
})
