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
})
