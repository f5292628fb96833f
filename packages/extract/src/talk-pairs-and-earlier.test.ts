import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt = '2025-10-21'): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

const statuses = (t: Talk | undefined) =>
  t?.claims.flatMap((c) => (c.fact === 'status' ? [c.value.status] : [])) ?? []

describe('talks named by a pair of sides, meetings announced after talks, earlier meetings', () => {
  it('reads the sides of talks named by a hyphened pair of states or demonyms', () => {
    expect(talks('Russian-American talks began in Riyadh on Monday.')[0]?.partyIds).toEqual([
      'russia',
      'united-states',
    ])
    expect(
      talks('Ukrainian-US negotiations on the plan have opened in Miami.')[0]?.partyIds,
    ).toEqual(['ukraine', 'united-states'])
    expect(
      talks('US-brokered Russia–Ukraine talks resumed in Abu Dhabi on Wednesday.')[0]?.partyIds,
    ).toEqual(['russia', 'ukraine', 'united-states'])
  })

  it('reads a summit named by its two leaders as talks of their states', () => {
    const [t] = talks(
      'The Trump-Putin summit in Anchorage ended on Friday without a ceasefire deal.',
      '2025-08-16',
    )
    expect(t?.partyIds).toEqual(['united-states', 'russia'])
    expect(t?.claims.find((c) => c.fact === 'status')?.value).toMatchObject({
      status: 'concluded',
    })
  })

  it('ends the topic of talks "on" something at the verb that follows it', () => {
    const [t] = talks('US-Ukraine talks on the peace plan opened in Geneva on Sunday.')
    expect(t?.claims.find((c) => c.fact === 'agenda')?.value).toEqual({
      topic: 'The peace plan',
      included: true,
    })
  })

  it('reads a meeting someone will travel to after the talks as announced, not their result', () => {
    const found = talks(
      'US-Ukrainian talks got under way in Florida on Sunday. After the talks, the US envoy will travel to Moscow for a meeting with Vladimir Putin scheduled for Tuesday.',
      '2025-11-30',
    )
    expect(found.map((t) => t.partyIds)).toEqual([
      ['united-states', 'ukraine'],
      ['united-states', 'russia'],
    ])
    expect(statuses(found[1])).toEqual(['announced'])
    expect(found[1]?.claims.some((c) => c.fact === 'outcome')).toBe(false)
  })

  it('reads delegates travelling for talks as announcing them, and a confirmed schedule', () => {
    const [t] = talks(
      'Ukrainian negotiators are travelling to the United States for fresh negotiations on the plan. Zelensky confirmed that the talks are scheduled for Saturday in Miami.',
      '2025-12-18',
    )
    expect(statuses(t)).toEqual(['announced', 'confirmed'])
  })

  it('reads a headline infinitive "to hold new talks" as talks announced', () => {
    const [t] = talks('Russia and Ukraine to hold new talks in Istanbul on Monday, Kremlin says.')
    expect(statuses(t)).toEqual(['announced'])
  })

  it('reads a meeting told as held last week, after talks announced, as an earlier round', () => {
    const found = talks(
      'Ukrainian and US negotiators will meet in Miami on Saturday, building on progress made in Berlin. Last week, Ukrainian and US officials met in Berlin, where they narrowed their differences.',
      '2025-12-18',
    )
    expect(found.map((t) => t.venueId)).toEqual(['de-berlin', 'new-miami'])
    expect(found.map(statuses)).toEqual([['held'], ['announced']])
  })
})
