import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { agendaIn } from './talk-facts.ts'

const talks = (text: string, publishedAt = '2026-03-10'): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const topics = (text: string) => agendaIn(text).map((a) => a.topic)

describe('what talks set out to do', () => {
  it('reads "in a renewed effort to negotiate …" and "to seek solutions to …" as the agenda', () => {
    expect(
      topics(
        'Envoys from France and Iran are meeting in Oman in a renewed effort to negotiate a truce on the border and seek a prisoner release.',
      ),
    ).toEqual(['Truce on the border', 'Prisoner release'])
    expect(
      topics(
        'The two teams began talks on Tuesday in Doha to seek solutions to the grain dispute.',
      ),
    ).toEqual(['Grain dispute'])
  })

  it('reads "with the aim of addressing …" whole, not as "address" plus a tail', () => {
    expect(
      topics(
        'The meeting brought together delegations from both sides with the aim of addressing the safety of nuclear plants.',
      ),
    ).toEqual(['Safety of nuclear plants'])
  })

  it('reads "talks … on a plan to end the war" as the plan, up to the verb', () => {
    expect(
      topics(
        'The next talks between the two sides on a Turkish-drafted plan to end the war has been postponed.',
      ),
    ).toEqual(['Turkish-drafted plan to end the war'])
  })
})

describe('rounds, sides and places in other wordings', () => {
  it('numbers "the second trilateral meeting" and reads "Delegations from … are meeting"', () => {
    const [t] = talks(
      'Delegations from the United States, Ukraine and Russia met on March 3 - 4 for the second trilateral meeting in Geneva.',
    )
    expect(t?.round).toBe(2)
    expect(t?.venueId).toBe('ch-geneva')
    const [now] = talks(
      'Delegations from Turkey and Russia are meeting today in Saudi Arabia in an effort to reach a ceasefire in the Black Sea.',
    )
    expect(now?.partyIds).toEqual(['turkey', 'russia'])
    // the sea is what they talk about, the country where they sit
    expect(now?.venueId).toBe('sa')
    expect(now?.claims.find((c) => c.fact === 'status')?.value).toMatchObject({ status: 'held' })
  })

  it('takes all sides of "Russian, Ukrainian, and US officials"', () => {
    const [t] = talks(
      'The next round of talks between Russian, Ukrainian, and US officials has been postponed to Friday.',
    )
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['russia', 'ukraine', 'united-states'])
  })

  it('makes no talks of "another round of security assistance"', () => {
    expect(
      talks('The president announced another round of security assistance to Ukraine on Monday.'),
    ).toEqual([])
  })
})
