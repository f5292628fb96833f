import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { outcomesIn, statusIn } from './talk-facts.ts'

const talks = (text: string): Talk[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

const texts = (sentence: string) => outcomesIn(sentence).map((o) => `${o.type}: ${o.text}`)

describe('how far a round got, in more wordings', () => {
  it('reads "without reaching any agreement" and "no deal was signed" as outcomes', () => {
    expect(
      texts(
        'Armenia and Azerbaijan ended a third day of talks in Almaty without reaching any deal.',
      ),
    ).toEqual(['other: Without reaching any deal'])
    expect(texts('Both delegations said no agreement was signed.')).toEqual([
      'other: No agreement was signed',
    ])
  })

  it('reads the terms of a tentative agreement and of "agreed that"', () => {
    expect(
      texts('The negotiators reached a tentative agreement to reopen two border crossings.'),
    ).toEqual(['agreement: Reopen two border crossings'])
    expect(texts('We agreed that at least 300 detainees would be freed by Easter.')).toEqual([
      'agreement: At least 300 detainees would be freed by Easter',
    ])
    expect(texts('The delegations agreed that 300 detainees would be freed by Easter.')).toEqual([
      'agreement: 300 detainees would be freed by Easter',
    ])
  })

  it('reads a round that "had taken place" as held', () => {
    expect(statusIn('The first meeting of the commission had taken place in Baku in May.')).toBe(
      'held',
    )
  })

  it('reads a framework agreement reached during talks as a round held, whatever stands before it', () => {
    for (const text of [
      'During two separate rounds of talks with Turkish mediators, Russia and Ukraine reached a framework agreement on grain shipments.',
      'Russia and Ukraine reached a framework agreement on grain shipments during talks with Turkish mediators.',
    ]) {
      const [t] = talks(text)
      expect(t?.claims.find((c) => c.fact === 'status')?.value).toMatchObject({ status: 'held' })
      expect(t?.claims.flatMap((c) => (c.fact === 'outcome' ? [c.value.text] : []))).toEqual([
        'Framework agreement on grain shipments',
      ])
    }
  })
})
