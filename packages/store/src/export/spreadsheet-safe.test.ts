import { describe, expect, it } from 'vitest'
import { spreadsheetSafe } from './spreadsheet-safe.ts'

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
  ])('writes the formula-looking %j as text', (cell, written) => {
    expect(spreadsheetSafe(cell)).toBe(written)
  })

  it.each(['-33.5', '-4', '12', 'Kyiv', '', 'a=b', "'quoted"])('leaves %j alone', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell)
  })
})
