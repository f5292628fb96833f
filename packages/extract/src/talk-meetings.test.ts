import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const facts = (t: Talk | undefined) =>
  t?.claims.map((c) =>
    c.fact === 'date' && c.value.resolved
      ? ['date', c.value.start]
      : c.fact === 'status'
        ? ['status', c.value.status]
        : [c.fact],
  )

describe('meetings as talks', () => {
  it('reads people of two states meeting as talks, whatever the noun', () => {
    const [t] = talks(
      'Erdogan and Putin met at a summit in Sochi on Friday to discuss a ceasefire in Ukraine.',
      '2025-08-16',
    )
    expect(t?.partyIds).toEqual(['turkey', 'russia'])
    expect(facts(t)).toEqual([['date', '2025-08-15'], ['status', 'held'], ['agenda']])
  })

  it('reads "delegations … met" and "are expected to meet" as talks', () => {
    const [held] = talks(
      'Delegations from Russia and Ukraine met in Minsk on Monday for the first time in months.',
      '2025-03-04',
    )
    expect(facts(held)).toEqual([
      ['date', '2025-03-03'],
      ['status', 'held'],
    ])
    const [coming] = talks(
      'Ukrainian and Russian delegations are expected to meet in Geneva on Thursday.',
      '2025-03-08',
    )
    expect(facts(coming)).toEqual([
      ['date', '2025-03-13'],
      ['status', 'announced'],
    ])
  })

  it('puts a held round’s bare weekday before the report, and reads "kicked off" as held', () => {
    const [t] = talks(
      'The talks between Ukraine and Russia in Riyadh kicked off on Friday with a closed session.',
      '2025-03-04',
    )
    expect(facts(t)).toEqual([
      ['date', '2025-02-28'],
      ['status', 'held'],
    ])
  })

  it('takes a capital the talks are held in as the venue', () => {
    const [t] = talks(
      'US envoy Steve Witkoff is due to meet Putin in Moscow on Thursday.',
      '2025-08-16',
    )
    expect(t?.venueId).toBe('ru-moscow')
  })
})

describe('a bound is no round', () => {
  it('reads "the first talks since March 2022" as one round, dated by its own day', () => {
    const found = talks(
      'On June 2, 2025, the delegations of Russia and Ukraine held their first direct negotiations since March 2022 in Istanbul. The meeting lasted an hour, the head of the Ukrainian delegation said.',
      '2025-06-02',
    )
    expect(found).toHaveLength(1)
    expect(facts(found[0])).toContainEqual(['date', '2025-06-02'])
  })
})
