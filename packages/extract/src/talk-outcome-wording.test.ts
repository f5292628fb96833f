import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { agendaIn, outcomesIn, proposalIn, statusIn } from './talk-facts.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('outcomes, proposals and status of a round (issue #15, talks and aid)', () => {
  it('reads no outcome from one side’s proposal, but one from the sides’ joint proposal', () => {
    expect(proposalIn('At the table, Moscow proposed a two-day truce along the front.')).toBe(
      undefined,
    )
    expect(
      proposalIn('Serbia and Kosovo have proposed a joint commission on missing persons.')?.text,
    ).toBe('Joint commission on missing persons')
  })

  it('keeps the day out of "agreed on Monday to …"', () => {
    expect(
      outcomesIn('The negotiators agreed on Monday to exchange 500 prisoners each.').map(
        (o) => o.text,
      ),
    ).toEqual(['Exchange 500 prisoners each'])
  })

  it('reads "has not been cancelled" as a round still announced, not cancelled', () => {
    expect(statusIn('The meeting in Baku has not been cancelled, the ministry said.')).toBe(
      'announced',
    )
    expect(statusIn('The meeting in Baku has been cancelled, the ministry said.')).toBe('cancelled')
  })

  it('takes "talks … over an hour" for a duration, no topic', () => {
    expect(
      agendaIn('The delegations wrapped up their talks in Doha after just over an hour.'),
    ).toEqual([])
  })

  it('dates a round that reached an agreement to the weekday before the report', () => {
    // a Tuesday report: the agreement at talks "on Friday" was reached the Friday before
    const [t] = talks(
      'Russia and Ukraine agreed to swap 300 prisoners each at talks in Istanbul on Friday.',
      '2025-06-03',
    )
    const day = t?.claims.find((c) => c.fact === 'date')
    expect(day?.fact === 'date' && day.value.resolved ? day.value.start : undefined).toBe(
      '2025-05-30',
    )
  })
})

describe('more wordings of status and outcome', () => {
  it.each([
    ['The meeting planned for Friday will not take place.', 'cancelled'],
    ['The border talks were scrapped after the shelling.', 'cancelled'],
    ['The talks have been suspended until further notice.', 'postponed'],
    ['Baku put the talks on hold.', 'postponed'],
    ['A new round of talks is expected next week.', 'announced'],
  ])('reads "%s" as %s', (text, status) => {
    expect(statusIn(text)).toBe(status)
  })

  it('reads what the talks "produced" or "resulted in" as agreed, up to a comma', () => {
    expect(
      outcomesIn('The talks produced an agreement to reopen two crossings, officials said.').map(
        (o) => o.text,
      ),
    ).toEqual(['Reopen two crossings'])
    expect(
      outcomesIn('The round resulted in an agreement on the return of 40 detainees.').map(
        (o) => o.text,
      ),
    ).toEqual(['Return of 40 detainees'])
  })

  it('reads no agreement from "failed to agree on" or "did not agree on", only how far it got', () => {
    expect(outcomesIn('The two sides failed to agree on a ceasefire.')).toEqual([
      { type: 'other', text: 'Failed to agree on a ceasefire' },
    ])
    expect(outcomesIn('They did not agree on a truce but agreed to swap 200 detainees.')).toEqual([
      { type: 'agreement', text: 'Swap 200 detainees' },
      { type: 'other', text: 'Did not agree on a truce' },
    ])
  })

  it('keeps "draft" with the memorandums exchanged', () => {
    expect(outcomesIn('The sides exchanged draft memorandums.').map((o) => o.text)).toEqual([
      'Sides exchanged draft memorandums',
    ])
  })
})

describe('a round that may take place', () => {
  it('reads "may take place" as a round announced, so the record has a claim', () => {
    expect(statusIn('The next round of talks may take place in Baku.')).toBe('announced')
  })
})

describe('talks that only could take place', () => {
  it('reads no status from "when or where such talks could take place"', () => {
    expect(statusIn('He did not say when or where such talks could take place.')).toBe(undefined)
  })
})
