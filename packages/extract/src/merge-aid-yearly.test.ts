import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchRecord } from './merge.ts'
import { amountsOf } from './merge-aid-amounts.ts'

const aid = (text: string, source: string): Aid[] =>
  extract(text, { publishedAt: '2024-05-22', source: { id: source } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('a yearly rate the extractor keeps as no money claim', () => {
  const yearly = aid(
    'Sweden will give Ukraine military support worth 25 billion kronor a year under a new three-year framework, the government said on Wednesday.',
    'src-yearly',
  )[0]
  const total = aid(
    'The Swedish government has agreed on a framework of additional military support to Ukraine totalling 75 billion crowns (over 6 billion euros) over three years.',
    'src-total',
  )[0]

  it('is still read from the record’s sentences, with its total over the years', () => {
    if (!yearly) throw new Error('no draft')
    expect(yearly.claims.some((c) => c.fact === 'money')).toBe(false)
    expect(amountsOf(yearly).map((a) => [a.money.amount, a.own])).toEqual([
      [25e9, false],
      [75e9, false],
    ])
  })

  it('agrees with the total another report gives', () => {
    if (!yearly || !total) throw new Error('no draft')
    expect(matchRecord(yearly, total)?.reasons.join(' | ')).toMatch(/amount/)
  })
})
