import { describe, expect, it } from 'vitest'
import { singleQuoteClosed, withinQuote } from './quote-marks.ts'

describe('withinQuote', () => {
  const said = (s: string, verb: string) => withinQuote(s, s.indexOf(verb))

  it('keeps a verb inside straight or curly marks with the quote, not the attribution', () => {
    expect(said('"Kyiv announced new aid," the minister said.', 'announced')).toBe(true)
    expect(said('“Kyiv announced new aid,” the minister said.', 'announced')).toBe(true)
  })

  it('leaves a verb after the closing mark, or after two quotes, to the attribution', () => {
    expect(said('"Kyiv announced new aid," the minister said.', 'said')).toBe(false)
    expect(said('"Aid," he said, "is coming." Then he "left" and said more.', 'said more')).toBe(
      false,
    )
    expect(said('No quote here, he said.', 'said')).toBe(false)
  })
})

describe('singleQuoteClosed', () => {
  it("finds where the last single-marked quote closes: after its comma's mark", () => {
    const before = "'We will not give up,' the mayor"
    expect(singleQuoteClosed(before)).toBe(before.indexOf(',') + 1)
    expect(singleQuoteClosed('The mayor')).toBe(-1)
  })
})
