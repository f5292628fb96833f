import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  )

describe('pledges in more wordings (issue #14: reports that gave no draft)', () => {
  it('reads a package a government "presented" as a pledge', () => {
    const [a] = aid(
      'The Finnish government presented its twentieth defence package for Ukraine on Tuesday, worth about €100 million.',
    )
    expect(a?.stage).toBe('pledge')
    expect(a?.donorIds).toEqual(['finland'])
  })

  it('reads a state "stepping up its aid" with more missiles as a pledge, with no adverb item', () => {
    const [a] = aid(
      'Italy is stepping up its military aid to Ukraine with more SAMP/T missiles, sent straight from the factory, the minister announced.',
    )
    expect(a?.stage).toBe('pledge')
    expect(a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'SAMP/T missiles',
    ])
  })

  it('keeps the sum told before "X said:" and the words after it one pledge', () => {
    const found = aid(
      'Denmark will allocate almost US$80 million to Ukraine’s air defence, Prime Minister Mette Frederiksen said: with its partners, Denmark will fund a Patriot battery for Ukraine.',
    )
    expect(found).toHaveLength(1)
    expect(amounts(found[0])).toEqual([80_000_000])
  })
})
