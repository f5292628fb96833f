import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { splitContrasts } from './contrast-split.ts'
import { splitSentences } from './sentences.ts'

const clauses = (text: string) =>
  splitContrasts(splitSentences(text), shippedLexicon).map((s) => [s.index, s.text])

describe('two speakers in one sentence', () => {
  it('reads "X described …, while Y denied …" as two sentences, offsets kept', () => {
    const text =
      'Ukraine called the strike on Odesa a war crime, while Russia denied it had hit the port.'
    const parts = splitContrasts(splitSentences(text), shippedLexicon)
    expect(parts.map((s) => [s.index, s.text])).toEqual([
      [0, 'Ukraine called the strike on Odesa a war crime,'],
      [1, 'Russia denied it had hit the port.'],
    ])
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('keeps a sentence whose first clause nobody asserts whole', () => {
    const text = 'Russia launched 40 drones at Kyiv, while Ukraine said it shot down 30 of them.'
    expect(clauses(text)).toEqual([[0, text]])
  })
})
