import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt?: string): Talk[] =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const sides = (t: Talk | undefined) => [...(t?.partyIds ?? [])].sort()

describe('sides and places of talks, as round 15 of issue #15 reads them', () => {
  it('takes no side from the state a ceasefire under discussion is with', () => {
    const [t] = talks(
      'Ukraine backed a plan for a truce with Russia after hours of meetings in Jeddah on Tuesday, where the United States agreed to resume aid.',
      '2025-03-12',
    )
    expect(sides(t)).toEqual(['ukraine', 'united-states'])
  })

  it('reads "since Russia invaded in February 2022" as a bound, neither side nor round', () => {
    const found = talks(
      'German and Ukrainian diplomats held talks in Kyiv, the first such visit since Russia invaded in February 2022.',
      '2024-05-10',
    )
    expect(found).toHaveLength(1)
    expect(sides(found[0])).toEqual(['germany', 'ukraine'])
    expect(found[0]?.claims.filter((c) => c.fact === 'date')).toEqual([])
  })

  it('places no talks in a city the agenda is for, nor in a capital standing for its state', () => {
    const [t] = talks(
      'Sybiha and Lavrov met in Antalya. It was not possible to agree on a corridor for the city of Mariupol, Sybiha said after the meeting.',
    )
    expect(t?.venueId).toBe('new-antalya')
    const [, florida] = talks(
      'Putin will meet Witkoff in Moscow on Tuesday. Their visit follows two days of discussions in Florida between Ukrainian and US officials on a plan seen as favourable to Moscow.',
    )
    expect(florida?.venueId).toBe('new-florida')
  })

  it('keeps apart the talks a meeting follows when other sides held them', () => {
    const found = talks(
      'Delegations from the United States and Russia are meeting today in Riyadh. The meeting follows discussions held yesterday between U.S. and Ukrainian officials in Riyadh.',
      '2025-03-24',
    )
    expect(found.map(sides)).toEqual([
      ['russia', 'united-states'],
      ['ukraine', 'united-states'],
    ])
  })

  it('takes no side from who presses the sides', () => {
    const [t] = talks(
      'Ukrainian and Russian officials met in Istanbul on Friday, and the two sides failed to reach a deal on grain despite pressure from U.S. President Donald Trump.',
      '2025-05-17',
    )
    expect(sides(t)).toEqual(['russia', 'ukraine'])
  })

  it('keeps the round whose only news is what came of "the second meeting" of two delegations', () => {
    const [t] = talks(
      'While more was discussed today at the second meeting in Belarus of the Russian and Ukrainian delegations, the first fruit of the meetings was an agreement to open grain corridors.',
    )
    expect(t?.round).toBe(2)
    expect(t?.claims.filter((c) => c.fact === 'outcome')).toHaveLength(1)
  })

  it('keeps what two sides agreed in a lede, the talks it came of named right after it', () => {
    const [t] = talks(
      'Ukraine and Russia have reached a new agreement to swap 300 wounded prisoners.\n\nHowever, talks held in Istanbul on Monday failed to yield any progress on a truce.',
      '2025-06-03',
    )
    expect(t?.claims.filter((c) => c.fact === 'outcome').map((c) => c.value)).toContainEqual({
      type: 'agreement',
      text: 'Swap 300 wounded prisoners',
    })
  })

  it('reads what the sides propose at the table as the reporter telling it', () => {
    const [t] = talks(
      'The United States and Ukraine have proposed a 30-day truce, following talks held in Jeddah on Tuesday.',
      '2025-03-12',
    )
    const proposal = t?.claims.find((c) => c.fact === 'outcome')
    expect(proposal?.assertedBy.type).toBe('unnamed')
  })

  it('reads telephone talks as a call, no round of talks, beside direct talks told with them', () => {
    expect(talks('Macron and Zelensky held telephone talks on Monday.', '2025-03-18')).toEqual([])
    const [t] = talks(
      'Trump and Putin held phone talks on Tuesday, while direct talks between delegations from Kyiv and Moscow were under way in Istanbul.',
      '2025-05-21',
    )
    expect(sides(t)).toEqual(['russia', 'ukraine'])
  })

  it("reads a leader who hosts or receives another state's envoy as talks of the two", () => {
    const [t] = talks('Putin is set to host Witkoff in the Kremlin on Thursday.', '2025-05-20')
    expect(sides(t)).toEqual(['russia', 'united-states'])
    expect(t?.claims.find((c) => c.fact === 'status')?.value.status).toBe('announced')
  })

  it("knows the envoys of the talks of 2025-26 as their states' people", () => {
    const [t] = talks(
      'Kushner and Kellogg met Dmitriev and Ushakov in Miami on Saturday.',
      '2025-12-21',
    )
    expect(sides(t)).toEqual(['russia', 'united-states'])
  })
})
