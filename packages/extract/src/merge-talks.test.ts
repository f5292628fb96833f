import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { talkSignals } from './merge-talks.ts'

const talk = (text: string, source: string): Talk => {
  const found = extract(text, { publishedAt: '2025-05-16', source: { id: source } }).find(
    (d) => d.record.kind === 'talk',
  )?.record
  if (found?.kind !== 'talk') throw new Error(`no talk in: ${text}`)
  return found
}

const palaceOnly = talk(
  'Delegations of Russia and Ukraine held talks at the Dolmabahce Palace on Friday, the Turkish foreign ministry said.',
  'src-palace',
)
const reasons = (a: Talk, b: Talk) => talkSignals(a, b).flatMap((s) => (s ? [s.reason] : []))

describe('talkSignals: where', () => {
  it('meets a palace told alone and the city whose report names the palace too', () => {
    const city = talk(
      'Ukraine and Russia held their first direct talks since 2022 at Istanbul’s Dolmabahce Palace on Friday.',
      'src-city',
    )
    expect(city.venueId).toBe('tr-istanbul')
    // the palace is read as the city that holds it (talk-landmarks.ts): the same venue
    expect(palaceOnly.venueId).toBe('tr-istanbul')
    expect(talkSignals(palaceOnly, city)[0]).toEqual({
      weight: 0.35,
      reason: 'same venue (tr-istanbul)',
    })
  })

  it('says nothing of where when the other report names neither the palace nor its venue', () => {
    const geneva = talk(
      'Ukraine and Russia held talks in Geneva on Friday, the Swiss foreign ministry said.',
      'src-geneva',
    )
    expect(
      reasons(palaceOnly, geneva).some((r) => r.includes('venue') || r.includes('named')),
    ).toBe(false)
  })

  it('still counts the same venue first', () => {
    const again = talk('Russia and Ukraine met in Istanbul on Friday for talks.', 'src-again')
    const other = talk(
      'Talks between Ukraine and Russia took place in Istanbul on Friday.',
      'src-b',
    )
    expect(talkSignals(again, other)[0]).toEqual({
      weight: 0.35,
      reason: 'same venue (tr-istanbul)',
    })
  })
})
