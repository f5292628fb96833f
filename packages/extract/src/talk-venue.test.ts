import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt = '2025-06-04'): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )
const status = (t: Talk | undefined) =>
  t?.claims.flatMap((c) => (c.fact === 'status' ? [c.value.status] : []))

describe('where and whether a meeting is told in other words', () => {
  it('takes the venue of "the meeting in Geneva" for talks whose own sentence names none', () => {
    const [t] = talks(
      'The meeting in Geneva was due to start at 10 am. Then the Swiss side said the talks between Ukraine and Russia had been postponed until the evening.',
    )
    expect(t?.venueId).toBe('ch-geneva')
    expect(status(t)).toEqual(['postponed'])
  })

  it('takes the city a delegation was led in over the country the talks were held in', () => {
    const [t] = talks(
      'Ukrainian and American officials held talks in Poland on Monday. Andriy Yermak, who led the Ukrainian delegation in Warsaw, called them useful.',
    )
    expect(t?.venueId).toBe('pl-warsaw')
  })

  it('takes the city of "meetings held in Geneva" as the venue', () => {
    const [t] = talks(
      'The meetings held in Geneva were due to start at 10 am. Then the Swiss side said the talks between Ukraine and Russia had been postponed until the evening.',
    )
    expect(t?.venueId).toBe('ch-geneva')
  })

  it('takes the country a delegation "is on its way to" as the venue', () => {
    const [t] = talks(
      'A Ukrainian delegation is on its way to Turkey for new negotiations with Russia, which are expected to begin later in the day.',
    )
    expect(t?.venueId).toBe('tr')
  })

  it('reads "held a summit" and "held their first direct peace talks" as held', () => {
    expect(status(talks('Erdogan and Putin held a summit in Sochi on Friday.')[0])).toEqual([
      'held',
    ])
    expect(
      status(
        talks(
          'Russian and Ukrainian negotiators held their first direct peace talks in Istanbul on Friday.',
        )[0],
      ),
    ).toEqual(['held'])
  })

  it('reads "the meeting between the Russian and Ukrainian foreign ministers" as talks', () => {
    const [t] = talks(
      'The meeting between the Russian and Ukrainian foreign ministers in Geneva ended without results.',
    )
    expect(t?.partyIds).toEqual(['russia', 'ukraine'])
    expect(t?.venueId).toBe('ch-geneva')
  })

  it('places no talks the text does not place, rather than at a made-up venue', () => {
    const [t] = talks(
      'Ukrainian and Russian delegations held a second round of talks on Monday and agreed to exchange 500 prisoners each.',
    )
    expect(t).toBeDefined()
    expect(t?.venueId).toBeUndefined()
    expect(t?.title).toBe('Round 2 of Ukraine–Russia talks')
  })
})
