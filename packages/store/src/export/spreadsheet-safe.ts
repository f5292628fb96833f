/**
 * A spreadsheet program runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
 * return before one) as a formula, so a hostile title such as `=HYPERLINK("http://…")` in an
 * article would run on an analyst's machine when they open the export. Such a cell is written
 * with a leading apostrophe, which spreadsheets read as "this is text" and do not show. A plain
 * number (a negative coordinate) is left alone: it is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

export const spreadsheetSafe = (cell: string): string =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell
