import { describe, expect, it } from 'vitest'
import { WORD, wordsOf } from './words.ts'

const byPattern = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }))

describe('wordsOf', () => {
  it.each([
    'Russian drones struck Kyiv overnight, killing 3 people.',
    '“We will not give up,” Zelensky’s aide said in Istanbul.',
    'Ursula von der Leyen met the U.S. envoy in Kyiv—again.',
    'Élysée, Dnipropetrovsk‑region, São Paulo: ça va; naïve café.',
    'Tabs\tand\u00a0no-break\u2009spaces, Cyrillic Київ and Greek Αθήνα',
    'Astral 𝐀𝐁 letters, emoji 🙂 and a lone \ud800 surrogate, e\u0301 combining',
    '',
    '   ',
    "O'Brien's 1,000-strong force; €5.2bn ($5.6bn).",
  ])('finds what the pattern finds in %j', (text) => {
    expect(wordsOf(text)).toEqual(byPattern(text))
  })
})
