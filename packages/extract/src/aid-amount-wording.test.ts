import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt?: string): Aid[] =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [[c.value.qualifier, c.value.amount]] : [],
  )
const items = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))
const days = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value.start] : []))

describe('aid sums announced in headline shorthand', () => {
  it.each([
    ['Finland announced $1bn in new military aid for Ukraine.', 'exact', 1e9],
    ['Finland announced over $1bn in new military aid for Ukraine.', 'over', 1e9],
    ['Finland announced more than €2.5bn in support for Ukraine.', 'over', 2.5e9],
    ['Finland announced EUR 300m in air defence aid for Ukraine.', 'exact', 3e8],
  ])('reads a pledge from "announced <sum> in aid": %s', (text, qualifier, amount) => {
    const [a] = aid(text)
    expect(a?.stage).toBe('pledge')
    expect(amounts(a)).toEqual([[qualifier, amount]])
  })

  it('reads money "earmarked" for Ukraine as pledged', () => {
    const [a] = aid('Estonia earmarked 100 million euros for drones for Ukraine.')
    expect(a?.stage).toBe('pledge')
    expect(amounts(a)).toEqual([['exact', 1e8]])
  })

  it('takes no item from a sum written with a currency code and a decimal point', () => {
    const [a] = aid('Latvia will contribute NOK 2.5 billion to a fund for Ukraine’s air defence.')
    expect(amounts(a)).toEqual([['exact', 2.5e9]])
    expect(items(a)).toEqual([])
    const [share] = aid('The bloc will provide a EUR 4.2 billion share of the loan to Ukraine.')
    expect(items(share)).toEqual([])
  })
})

describe('the day of aid told in the past', () => {
  it('puts a bare weekday of aid handed over before the report, not after it', () => {
    // a Tuesday report: "on Friday" is the Friday before
    const [a] = aid(
      'Lithuania handed over 12 armoured vehicles to Ukraine on Friday.',
      '2025-06-03',
    )
    expect(days(a)).toEqual(['2025-05-30'])
  })

  it('keeps a bare weekday of aid still to come ahead of the report', () => {
    const [a] = aid(
      'Lithuania will hand over 12 armoured vehicles to Ukraine on Friday.',
      '2025-06-03',
    )
    expect(days(a)).toEqual(['2025-06-06'])
  })
})

describe('a month or year beside aid', () => {
  const facts = (a: Aid | undefined, fact: 'date' | 'period') =>
    a?.claims.flatMap((c) => (c.fact === fact && c.value.resolved ? [c.value.start] : []))

  it('dates a pledge by the month it was made in, not a period', () => {
    const [a] = aid('Belgium pledged 30 howitzers to Ukraine last April.', '2025-06-03')
    expect(facts(a, 'date')).toEqual(['2025-04-01'])
    expect(facts(a, 'period')).toEqual([])
  })

  it('keeps a year after "since" out of the period of the aid', () => {
    const [a] = aid(
      'Belgium will send 30 more howitzers to Ukraine, on top of the aid sent since the invasion in 2022.',
      '2025-06-03',
    )
    expect(facts(a, 'period')).toEqual([])
  })
})
