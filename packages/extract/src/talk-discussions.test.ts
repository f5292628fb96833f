import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('talks told as discussions and meetings', () => {
  it('reads hours of discussions in a city as talks held there', () => {
    const [t] = talks(
      'Turkish and Russian officials ended nine hours of discussions in Istanbul on Wednesday about grain shipments from Ukraine.',
      '2025-04-10',
    )
    expect(t?.venueId).toBe('tr-istanbul')
    expect(t?.partyIds).toContain('russia')
  })

  it('numbers a round from "the third meeting"', () => {
    const [t] = talks(
      'The third meeting of the Russian and Ukrainian delegations took place in Istanbul on Monday.',
      '2025-07-24',
    )
    expect(t?.round).toBe(3)
  })

  it('takes no "Russia-Ukraine war" and no "Saudi Arabian city" for a venue', () => {
    const found = talks(
      'The summit between Trump and Putin ended without a deal on the Russia-Ukraine war. Talks between US and Ukrainian envoys followed in the Saudi Arabian city.',
      '2025-08-16',
    )
    expect(found.map((t) => t.venueId)).not.toContain('new-russia-ukraine')
    expect(found.map((t) => t.venueId)).not.toContain('new-saudi-arabian')
  })

  it('reports talks a sentence follows on when they are dated to a weekday, not those recalled', () => {
    const [held] = talks(
      'Ukraine accepted a proposal for a truce with Russia following talks between Ukrainian and American officials in Geneva on Tuesday.',
      '2025-03-12',
    )
    expect(held?.venueId).toBe('ch-geneva')
    expect(held?.partyIds).toEqual(expect.arrayContaining(['ukraine', 'united-states']))
    const recalled = talks(
      'Prisoners were swapped under the agreement reached at the Istanbul talks between Russia and Ukraine.',
      '2025-06-10',
    )
    expect(recalled).toEqual([])
  })
})
