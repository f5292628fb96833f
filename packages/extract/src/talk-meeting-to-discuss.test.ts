import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { agendaIn } from './talk-facts.ts'

const talks = (text: string): Talk[] =>
  extract(text, { publishedAt: '2025-04-20', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('a meeting called to discuss peace', () => {
  it('is talks, with the topic between both sides kept whole', () => {
    const [talk] = talks(
      'A planned envoys’ meeting in Paris to discuss a ceasefire plan between Kyiv and Moscow has been called off.',
    )
    expect(talk?.venueId).toBe('fr-paris')
    expect(talk?.claims.filter((c) => c.fact === 'agenda').map((c) => c.value)).toEqual([
      { topic: 'Ceasefire plan between Kyiv and Moscow', included: true },
    ])
  })

  it('is no talks when the meeting discusses anything else', () => {
    expect(talks('The club held a meeting to discuss ticket prices with its fans.')).toEqual([])
  })

  it('still splits a list of topics joined by "and"', () => {
    expect(agendaIn('They will discuss prisoners and energy.').map((a) => a.topic)).toEqual([
      'Prisoners',
      'Energy',
    ])
  })
})
