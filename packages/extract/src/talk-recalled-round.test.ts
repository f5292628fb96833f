import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { agendaIn, outcomesIn } from './talk-facts.ts'

const talks = (text: string, publishedAt?: string): Talk[] =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const day = (t: Talk | undefined) =>
  t?.claims.flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value.start] : []))

describe('a round recalled beside the round the article reports', () => {
  it('keeps "the first round was held on <day>" apart from the third round reported', () => {
    const found = talks(
      'The third round of talks between Ukraine and Russia began in Geneva on Thursday, October 9. The first round of talks was held on August 14. As a result, both sides agreed to exchange lists of detainees.',
      '2025-10-09',
    )
    expect(found.map((t) => t.round)).toEqual([1, 3])
    expect(day(found[0])).toEqual(['2025-08-14'])
    expect(found[0]?.claims.some((c) => c.fact === 'outcome')).toBe(true)
    expect(day(found[1])).toEqual(['2025-10-09'])
  })

  it('makes no round of one only named beside the round reported', () => {
    const found = talks(
      'On October 9, the third meeting of the delegations of Ukraine and Russia took place in Geneva. As during the first round on August 14, the Russian delegation was headed by Vladimir Medinsky.',
      '2025-10-10',
    )
    expect(found.map((t) => t.round)).toEqual([3])
  })

  it('takes a known city for the venue over a misspelt country named first', () => {
    const [t] = talks(
      'Russian and Ukrainian officials met in Turkiy for two hours. The delegations met on Friday at a palace in Istanbul.',
      '2025-05-17',
    )
    expect(t?.venueId).toBe('tr-istanbul')
  })
})

describe('how far a round got and what it aimed at', () => {
  it('reads "failed to reach a consensus on …" as an outcome, up to "despite"', () => {
    expect(
      outcomesIn(
        'The delegations met in Doha and failed to reach a consensus on the border despite pressure from mediators.',
      ),
    ).toEqual([{ type: 'other', text: 'Failed to reach a consensus on the border' }])
  })

  it('ends an agreed term before an apposition that ranks it', () => {
    expect(
      outcomesIn('Both sides agreed to free 500 detainees, the largest release in years.').map(
        (o) => o.text,
      ),
    ).toEqual(['Free 500 detainees'])
  })

  it('reads "aiming to …" as the aim of the talks', () => {
    expect(
      agendaIn('Officials met in Doha for two hours, aiming to end the border dispute.').map(
        (a) => a.topic,
      ),
    ).toEqual(['End the border dispute'])
  })
})

describe('a round in view with no status yet', () => {
  it('records "the next round … may take place in <city>" with its venue and sides', () => {
    const [t] = talks(
      'The next round of talks between Ukraine and Russia may take place in Geneva.',
    )
    expect(t?.venueId).toBe('ch-geneva')
    expect(t?.partyIds).toEqual(['ukraine', 'russia'])
  })
})
