import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('talks', () => {
  it('numbers a round from its ordinal and reads a held round with its outcome', () => {
    const [t] = talks(
      'Ukrainian and Russian delegations met in Istanbul on Wednesday for a third round of direct talks. Both sides agreed to exchange 1,200 prisoners of war, Ukraine’s chief negotiator Rustem Umerov said.',
      '2025-07-24',
    )
    expect(t).toMatchObject({ round: 3, venueId: 'tr-istanbul', partyIds: ['ukraine', 'russia'] })
    expect(t?.claims.map((c) => [c.fact, c.value])).toEqual([
      ['date', expect.objectContaining({ start: '2025-07-23' })],
      ['status', { status: 'held', asOf: '2025-07-24' }],
      ['outcome', { type: 'agreement', text: 'Exchange 1,200 prisoners of war' }],
    ])
  })

  it('puts a weekday in a sentence about the future ahead of the publication date', () => {
    const [t] = talks(
      'Sybiha said the delegations would meet for talks in Geneva on Friday.',
      '2025-10-06',
    )
    expect(t?.claims.find((c) => c.fact === 'date')?.value).toMatchObject({ start: '2025-10-10' })
  })

  it('links rounds in date order and counts back from the ordinal', () => {
    const found = talks(
      'In May, Kiev and Moscow held negotiations in Istanbul. The Kremlin confirmed its interest in a third round of negotiations.',
      '2025-07-21',
    )
    expect(found.map((t) => [t.round, t.previousRoundId])).toEqual([
      [2, undefined],
      [3, found[0]?.id],
    ])
  })

  it('names the delegations’ heads from "chief negotiator" and "head of the … delegation"', () => {
    const [t] = talks(
      'Both sides agreed to exchange prisoners at the talks in Istanbul, Ukraine’s chief negotiator Rustem Umerov said. The head of the Russian delegation, Vladimir Medinsky, called the talks useful.',
      '2025-07-24',
    )
    expect(t?.delegations).toEqual([
      { partyId: 'ukraine', headId: 'umerov' },
      { partyId: 'russia', headId: 'medinsky' },
    ])
  })

  it('takes no date or status from a denial', () => {
    expect(
      talks(
        'The Kremlin denied on Monday that a new round of talks was planned for next week.',
        '2025-10-06',
      ),
    ).toEqual([])
  })

  it('keeps a round reported as ended without a publication date, with its ordinal and place', () => {
    const found = extract(
      'The second round of talks between the delegations of Ukraine and Russia has ended in Istanbul.',
      { source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'talk' ? [d.record] : []))
    expect(found).toMatchObject([
      { round: 2, venueId: 'tr-istanbul', partyIds: ['ukraine', 'russia'] },
    ])
  })

  it('reads "wrapped up" as concluded and "not cancelled" as no cancellation', () => {
    const [ended] = talks(
      'Russian and Ukrainian negotiators wrapped up talks in Istanbul on Monday.',
      '2025-06-03',
    )
    expect(ended?.claims.find((c) => c.fact === 'status')?.value).toEqual({
      status: 'concluded',
      asOf: '2025-06-03',
    })
    const [kept] = talks(
      'The Kremlin said the talks in Istanbul had not been cancelled and will take place on Friday.',
      '2025-06-03',
    )
    expect(kept?.claims.find((c) => c.fact === 'status')?.value.status).toBe('announced')
  })

  it('takes sides from demonyms and leaves the host of three named sides out', () => {
    const [t] = talks(
      'Senior US and Russian officials began talks with Ukraine in Saudi Arabia on Tuesday. The delegations met at a palace in Riyadh.',
      '2025-02-18',
    )
    expect(t?.venueId).toBe('sa-riyadh')
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['russia', 'ukraine', 'united-states'])
  })

  it('keeps what was agreed apart from the clause after it', () => {
    const [t] = talks(
      'Russia and Ukraine agreed to swap 500 prisoners each, following a meeting of delegations in Istanbul on Friday.',
      '2025-05-17',
    )
    expect(t?.claims.filter((c) => c.fact === 'outcome').map((c) => c.value)).toEqual([
      { type: 'agreement', text: 'Swap 500 prisoners each' },
    ])
  })

  it('proposes no talk from trade talks between other states', () => {
    expect(
      talks(
        'American and Chinese trade negotiators held a new round of talks in Geneva on Monday.',
        '2025-05-12',
      ),
    ).toEqual([])
  })

  it('reads "lasted" as held, and leaves the side of the officials who tell it out of the parties', () => {
    const [t] = talks(
      'The second round of direct talks between Russia and Ukraine lasted about an hour, Turkish officials said.',
      '2025-06-03',
    )
    expect(t).toMatchObject({ round: 2, partyIds: ['russia', 'ukraine'] })
    expect(t?.claims.find((c) => c.fact === 'status')?.value.status).toBe('held')
  })

  it('takes the states of leaders who meet as the parties', () => {
    const [t] = talks('Zelensky and Macron held talks on the war in Paris on Monday.', '2025-06-03')
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['france', 'ukraine'])
  })

  it('follows the talks an article is about from a sentence that names them with no status', () => {
    const [t] = talks(
      'The delegations of Ukraine and Russia are in Belarus for a first negotiation.\nThe meeting takes place in the city of Mozyr, near the border with Ukraine.',
      '2022-02-28',
    )
    expect(t).toMatchObject({ venueId: 'new-mozyr', partyIds: ['ukraine', 'russia'] })
  })

  it('proposes no talk from talks an article only recalls', () => {
    expect(
      talks(
        'Russia and Ukraine exchanged 300 prisoners on Friday under the deal reached at the Istanbul talks.',
        '2025-06-20',
      ),
    ).toEqual([])
  })

  it('gives a status even when the page has no date', () => {
    const [t] = extract(
      'The talks between the Russian and Ukrainian delegations in Istanbul have been postponed until the afternoon, the Turkish foreign ministry said.',
      { source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'talk' ? [d.record] : []))
    expect(t?.claims.find((c) => c.fact === 'status')?.value.status).toBe('postponed')
  })

  it('reads the sides and place of "US and Ukrainian negotiators wrapped up talks in Geneva, saying …"', () => {
    const [t] = talks(
      'US and Ukrainian negotiators wrapped up talks in Geneva on Sunday, saying they had agreed on a revised framework.',
      '2025-11-24',
    )
    expect(t).toMatchObject({ venueId: 'ch-geneva', partyIds: ['united-states', 'ukraine'] })
  })

  it('reads "Russian and U.S. officials met in Riyadh" as talks of the two', () => {
    const [t] = talks(
      'Russian and U.S. officials met in Riyadh on Tuesday to discuss ending the war in Ukraine, the first such meeting in years.',
      '2025-02-18',
    )
    expect(t).toMatchObject({ venueId: 'sa-riyadh', partyIds: ['united-states', 'russia'] })
    expect(t?.claims.filter((c) => c.fact === 'agenda').map((c) => c.value)).toEqual([
      { topic: 'Ending the war in Ukraine', included: true },
    ])
  })
})
