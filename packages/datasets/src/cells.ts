/**
 * Cells as the datasets write them. pandas exported the Air Force file, so counts are floats
 * ("426.0"), missing values are empty or "NaN", and some cells are Python literals.
 */

/** A count from "426.0", "3", "" or "NaN"; undefined when the cell says nothing. */
export const parseCount = (cell: string | undefined): number | undefined => {
  const text = cell?.trim() ?? ''
  if (text === '' || text.toLowerCase() === 'nan') return undefined
  const value = Number(text)
  return Number.isFinite(value) && value >= 0 && Number.isInteger(value) ? value : undefined
}

/** A count cell that holds something but not a count: worth a reason, not silence. */
export const isBadCount = (cell: string | undefined): boolean =>
  (cell?.trim() ?? '') !== '' &&
  cell?.trim().toLowerCase() !== 'nan' &&
  parseCount(cell) === undefined

/** "Lviv oblast and Ivano-Frankivsk oblast" -> the two names; empty parts dropped. */
export const splitAnd = (cell: string): string[] =>
  cell
    .split(/\s+and\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== '')

export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`
