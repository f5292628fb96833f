import { describe, expect, it } from 'vitest'
import { agendaIn, ordinalRound, outcomesIn, statusIn } from './talk-facts.ts'

describe('agendaIn', () => {
  it.each([
    [
      'The envoys met in Doha for talks aimed at exploring a truce and the return of deported children.',
      ['Truce', 'Return of deported children'],
    ],
    [
      'The meeting aims to address grain exports and to restore shipping.',
      ['Grain exports', 'Restore shipping'],
    ],
    [
      'Delegations convened in Vienna for discussions on a new draft treaty, referred to as the plan.',
      ['New draft treaty'],
    ],
    [
      'The round should focus on grain corridors and nuclear safety, the Turkish presidency said on Monday.',
      ['Grain corridors', 'Nuclear safety'],
    ],
    [
      'Kyiv wants talks aimed at reaching a “fair and lasting settlement” of the conflict.',
      ['Reaching a “fair and lasting settlement” of the conflict'],
    ],
  ])('reads the aim of "%s"', (sentence, topics) => {
    expect(agendaIn(sentence).map((a) => a.topic)).toEqual(topics)
  })

  it('keeps what is explicitly not on the agenda', () => {
    expect(agendaIn('detailed ceasefire talks are not on the agenda for the next round')).toEqual([
      { topic: 'Detailed ceasefire talks', included: false },
    ])
  })

  it('lists each topic a meeting should focus on', () => {
    expect(
      agendaIn(
        'Wednesday’s meeting should instead focus on advancing the return of Ukrainian prisoners of war and children abducted by Russia, as well as preparing a meeting at the presidential level',
      ).map((a) => a.topic),
    ).toEqual([
      'Return of Ukrainian prisoners of war',
      'Children abducted by Russia',
      'Preparing a meeting at the presidential level',
    ])
  })
})

describe('outcomesIn', () => {
  it('reads agreements and what was not discussed', () => {
    expect(
      outcomesIn(
        'both sides agreed on a large prisoner exchange and the return of fallen soldiers.',
      ),
    ).toEqual([
      { type: 'agreement', text: 'Large prisoner exchange' },
      { type: 'agreement', text: 'Return of fallen soldiers' },
    ])
    expect(
      outcomesIn(
        'However, steps towards ending the war against Ukraine, ordered by Putin in February 2022, were not discussed.',
      ),
    ).toEqual([{ type: 'not-discussed', text: 'Steps towards ending the war against Ukraine' }])
  })

  it('reads what the sides do after the meeting as what it led to', () => {
    expect(
      outcomesIn('After the talks, the sides are drafting a joint memorandum on grain shipments.'),
    ).toEqual([{ type: 'other', text: 'Drafting a joint memorandum on grain shipments' }])
  })
})

describe('statusIn and ordinalRound', () => {
  it.each([
    ['The next round will take place in Istanbul on Wednesday', 'announced'],
    ['There was initially no official confirmation of the new talks', 'announced'],
    ['The Kremlin confirmed its interest in a third round', 'confirmed'],
    ['The talks were postponed', 'postponed'],
  ])('"%s" → %s', (text, status) => expect(statusIn(text)).toBe(status))

  it('numbers a round from its ordinal', () =>
    expect(ordinalRound('a third round of negotiations')).toBe(3))

  it('reads a document handed over at the table and topics "discussed" or made "progress on"', () => {
    expect(outcomesIn('Kyiv handed over a memorandum setting out its peace terms.')).toEqual([
      {
        type: 'exchange-of-documents',
        text: 'Kyiv handed over a memorandum setting out its peace terms',
      },
    ])
    expect(
      agendaIn('The delegations also discussed a ceasefire and an exchange of the dead.'),
    ).toEqual([
      { topic: 'Ceasefire', included: true },
      { topic: 'Exchange of the dead', included: true },
    ])
    expect(agendaIn('The talks made no progress on a full truce.')).toEqual([
      { topic: 'Full truce', included: true },
    ])
  })

  it('reads "talks held in" as held and "confirmed that … agreed" as no confirmation', () => {
    expect(statusIn('Talks held in Geneva on Tuesday ended without a deal on a truce.')).toBe(
      'concluded',
    )
    expect(statusIn('The talks held in Geneva brought no deal.')).toBe('held')
    expect(statusIn('He confirmed that both sides had agreed to swap prisoners.')).toBeUndefined()
    expect(statusIn('The meeting in Riyadh has been confirmed by both sides.')).toBe('confirmed')
  })
})
