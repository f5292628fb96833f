import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt?: string): Aid[] =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 'src-whole' } }).flatMap(
    (d) => (d.record.kind === 'aid' ? [d.record] : []),
  )
const told = (a: Aid) => ({
  donors: a.donorIds,
  money: a.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount'
      ? [`${c.value.qualifier} ${c.value.amount} ${c.value.currency}`]
      : [],
  ),
  dates: a.claims.flatMap((c) =>
    c.fact === 'date' && c.value.resolved ? [`${c.value.start}/${c.value.precision}`] : [],
  ),
})

describe('a payment told as part of a larger whole', () => {
  it('makes the whole a pledge of its own, given by the union the words name', () => {
    const found = aid(
      'Canada will lend Ukraine more than $2 billion as part of a $50 billion loan from the Group of Seven countries, which will be repaid from frozen Russian assets.',
    ).map(told)
    expect(found).toEqual([
      { donors: ['g7'], money: ['exact 50000000000 USD'], dates: [] },
      { donors: ['canada'], money: ['over 2000000000 USD'], dates: [] },
    ])
  })

  it('gives the whole told in the next sentence to the payment’s giver, dated by its own words', () => {
    const found = aid(
      'Norway will send Ukraine a NOK 600 million package of air defence missiles, Defence Minister Tore Sandvik said on Friday. The package is part of a NOK 15 billion support pledged by the government in March.',
      '2025-06-13',
    ).map(told)
    expect(found).toEqual([
      { donors: ['norway'], money: ['exact 15000000000 NOK'], dates: ['2025-03-01/month'] },
      { donors: ['norway'], money: ['exact 600000000 NOK'], dates: ['2025-06-13/day'] },
    ])
  })

  it('keeps a sum told only as what the things are part of as the package’s own', () => {
    const found = aid(
      'The howitzers Denmark pledged to Ukraine are part of a €300 million package.',
    ).map(told)
    expect(found).toEqual([{ donors: ['denmark'], money: ['exact 300000000 EUR'], dates: [] }])
  })
})

describe('a source before the words that go on', () => {
  it('joins "According to X, the funds …" to the aid just told', () => {
    const found = aid(
      'Japan will give Ukraine a $1 billion grant for energy repairs. According to Kyodo, the funds, equivalent to 150 billion yen, will be paid through the World Bank.',
    ).map(told)
    expect(found).toEqual([
      { donors: ['japan'], money: ['exact 1000000000 USD', 'exact 150000000000 JPY'], dates: [] },
    ])
  })
})
