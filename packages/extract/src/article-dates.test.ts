import { describe, expect, it } from 'vitest'
import { datesOfSentences } from './article-dates.ts'
import { hasDateWord, parseArticleDates } from './dates.ts'
import { splitSentences } from './sentences.ts'

const MONDAY = '2025-07-21'
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Officials gave no further figures to ${WORDS[i % 8]}.`).join(
    ' ',
  )

/** Dates between long stretches that name none, on lines and inside lines. */
const ARTICLE = [
  'Talks in Istanbul on Wednesday, says Zelensky',
  `${filler(6)} The next round will take place on Wednesday, Zelensky said on Monday.`,
  filler(9),
  `In May, Kiev and Moscow held talks. ${filler(4)} Another round followed in June.`,
  'Support from Berlin and Oslo',
  `${filler(3)} Ukraine needs funds for 2026, he said. ${filler(12)}`,
].join('\n')

/** The reading before blanks were cut: every sentence without a date word blanked in place. */
const masked = (text: string) => {
  let out = ''
  let at = 0
  for (const s of splitSentences(text)) {
    out += ' '.repeat(s.start - at) + (hasDateWord(s.text) ? s.text : ' '.repeat(s.text.length))
    at = s.end
  }
  return out
}

describe('datesOfSentences', () => {
  it('finds what chrono finds in the blanked article, at the same offsets', () => {
    const found = datesOfSentences(splitSentences(ARTICLE), MONDAY, (s) => hasDateWord(s.text))
    const expected = parseArticleDates(masked(ARTICLE), MONDAY)
    expect(found.map((r) => [r.index, r.text, r.start.date().toISOString()])).toEqual(
      expected.map((r) => [r.index, r.text, r.start.date().toISOString()]),
    )
    expect(found.length).toBeGreaterThanOrEqual(5)
  })

  it('points each result at its words in the article', () => {
    const found = datesOfSentences(splitSentences(ARTICLE), MONDAY, (s) => hasDateWord(s.text))
    for (const r of found) expect(ARTICLE.slice(r.index, r.index + r.text.length)).toBe(r.text)
    expect(found.map((r) => r.text)).toContain('June')
  })

  it('reads no sentence it is told to leave out', () => {
    const found = datesOfSentences(splitSentences(ARTICLE), MONDAY, (s) => !/June/.test(s.text))
    expect(found.map((r) => r.text)).not.toContain('June')
  })
})
