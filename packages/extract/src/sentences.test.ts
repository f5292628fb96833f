import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences.ts'

describe('splitSentences', () => {
  it('keeps every sentence a span of the original text', () => {
    const sentences = splitSentences(istanbulTalksArticleText)
    for (const s of sentences) expect(istanbulTalksArticleText.slice(s.start, s.end)).toBe(s.text)
  })

  it('treats a headline line as its own sentence', () => {
    const [headline, first] = splitSentences(istanbulTalksArticleText)
    expect(headline?.text).toBe(
      'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky',
    )
    expect(first?.text.startsWith('The next round of negotiations')).toBe(true)
    expect(first?.paragraph).toBe(1)
  })

  it('reads control characters and markup as plain text without shifting offsets', () => {
    const text = '<script>alert(1)</script>\u0000Kyiv was hit.\u0007 Two people died.'
    const sentences = splitSentences(text)
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(sentences.at(-1)?.text).toBe('Two people died.')
  })

  it('yields nothing for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n\t ')).toEqual([])
  })

  it('does not end a sentence on "incl." or "Gen."', () => {
    expect(
      splitSentences('The aid, incl. shells and radars, arrived. Gen. Petrenko confirmed it.').map(
        (s) => s.text,
      ),
    ).toEqual(['The aid, incl. shells and radars, arrived.', 'Gen. Petrenko confirmed it.'])
  })
})
