import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt = '2025-10-21'): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

const claimed = (t: Talk | undefined, fact: string) =>
  t?.claims.flatMap((c) => (c.fact === fact ? [c.value] : [])) ?? []

describe('talk statuses, sides and results in general news wordings', () => {
  it('reads a summit "canceled" in the American spelling, between presidents named by demonym', () => {
    const [t] = talks(
      'A planned summit in Vienna between the American and Russian presidents has been canceled, officials said on Tuesday.',
    )
    expect(t).toMatchObject({ venueId: 'new-vienna', partyIds: ['united-states', 'russia'] })
    expect(claimed(t, 'status')).toEqual([expect.objectContaining({ status: 'cancelled' })])
  })

  it('reads ministers "of" two states as the sides who met', () => {
    const [t] = talks(
      'Foreign ministers of France and Russia met in Geneva on Monday to discuss the grain corridor.',
    )
    expect(t).toMatchObject({ venueId: 'ch-geneva', partyIds: ['france', 'russia'] })
  })

  it('takes no side from what an envoy, a deal or talks are for or on', () => {
    const [t] = talks(
      'Vladimir Putin met Steve Witkoff, the US special envoy for Ukraine negotiations, in Moscow on Wednesday to discuss a ceasefire agreement on Ukraine.',
    )
    expect(t?.partyIds).toEqual(['russia', 'united-states'])
  })

  it('reads a summit ended without a named kind of agreement as its result', () => {
    const [t] = talks(
      'The leaders of the United States and Russia ended their summit in Helsinki on Friday without reaching a ceasefire agreement.',
    )
    expect(t?.partyIds).toEqual(['united-states', 'russia'])
    expect(claimed(t, 'outcome')).toEqual([
      { type: 'other', text: 'Without reaching a ceasefire agreement' },
    ])
  })

  it('reads talks that did not produce a breakthrough and left work to do', () => {
    const [t] = talks(
      'Ukrainian and Russian delegations met in Istanbul on Monday. The talks did not produce a breakthrough on a truce, and a lot more work needs to be done, officials said.',
    )
    expect(claimed(t, 'outcome')).toEqual([
      { type: 'other', text: 'Did not produce a breakthrough on a truce' },
      { type: 'other', text: 'A lot more work needs to be done' },
    ])
  })

  it('reads a round told by what it achieved as held, its weekday in the past', () => {
    const [t] = talks(
      'The second round of talks between Russia and Ukraine in Belarus on Thursday achieved very little regarding a ceasefire.',
    )
    expect(t?.round).toBe(2)
    expect(claimed(t, 'status')).toEqual([expect.objectContaining({ status: 'held' })])
    expect(claimed(t, 'date')).toEqual([expect.objectContaining({ start: '2025-10-16' })])
    expect(claimed(t, 'outcome')).toEqual([
      { type: 'other', text: 'Achieved very little regarding a ceasefire' },
    ])
  })

  it('gives the talks no result of earlier rounds that "did not yield" one', () => {
    const [t] = talks(
      'The delegations of Russia and Ukraine are expected to meet in Minsk later on Tuesday. The two earlier rounds did not yield a breakthrough.',
    )
    expect(claimed(t, 'outcome')).toEqual([])
  })

  it('reads what "had been agreed upon" as agreed, and "no date had been agreed" as nothing', () => {
    const [t] = talks(
      'Trump and Putin met in Helsinki on Friday. Trump described the summit as productive, noting that “many points” had been agreed upon.',
    )
    expect(claimed(t, 'outcome')).toEqual([{ type: 'agreement', text: 'Many points' }])
    const [u] = talks(
      'Russian and Ukrainian delegations will meet again in Istanbul, but no date had been agreed, the Kremlin said.',
    )
    expect(claimed(u, 'outcome')).toEqual([])
  })

  it('reads a list presented to the other side as a document handed over', () => {
    const [t] = talks(
      'Ukrainian and Russian delegations met in Istanbul on Monday. Ukraine presented Russia with a list of 400 abducted children, and an exchange of wounded prisoners was agreed.',
    )
    expect(claimed(t, 'outcome')).toEqual([
      { type: 'agreement', text: 'An exchange of wounded prisoners' },
      {
        type: 'exchange-of-documents',
        text: 'Ukraine presented Russia with a list of 400 abducted children',
      },
    ])
  })

  it('reads a list handed over "to" the other side as a document', () => {
    const [t] = talks(
      'Delegations of Russia and Ukraine met in Istanbul on Monday. Ukraine handed over to Russia a list of deported children, its negotiators said.',
    )
    expect(claimed(t, 'outcome')).toEqual([
      expect.objectContaining({ type: 'exchange-of-documents' }),
    ])
  })

  it('reads no talks from an offer to host them', () => {
    expect(
      talks(
        'The Pope has offered to host peace talks between Russia and Ukraine at the Vatican, the Italian prime minister said on Monday.',
      ),
    ).toEqual([])
    expect(
      talks(
        'Turkey is ready to host a new round of talks between Russia and Ukraine, Erdogan said.',
      ),
    ).toEqual([])
  })

  it('numbers meetings an article recalls in turn, each its own round', () => {
    const found = talks(
      'Kyiv and Moscow resumed direct talks in Istanbul after three years. At that first meeting, the parties agreed to swap 1,000 prisoners each. At the second meeting, also held in Istanbul on June 2, Ukraine handed over a list of deported children.',
      '2025-06-20',
    )
    expect(found.map((t) => t.round)).toEqual([1, 2])
    expect(claimed(found[0], 'outcome')).toEqual([
      { type: 'agreement', text: 'Swap 1,000 prisoners each' },
    ])
    expect(claimed(found[1], 'date')).toContainEqual(
      expect.objectContaining({ start: '2025-06-02' }),
    )
  })
})
