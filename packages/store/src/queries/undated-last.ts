import { UNDATED } from '../record-index.ts'

/** Which rows a keyset read walks: all in order, or the dated and the undated apart. */
export type DatePart = 'any' | 'dated' | 'undated'

/**
 * One page plus one row (to know a next page exists), undated records last in either order.
 * Ascending, undated rows sort last by their far-future date already; descending, the dated rows
 * are read first and the undated ones fill the rest of the page. A cursor on an undated row
 * continues among the undated; a `to` bound leaves every undated record out already.
 */
export const undatedLast = async <Row, After extends { key: string | number }>(
  direction: 'asc' | 'desc',
  after: After | undefined,
  limit: number,
  hasUpperBound: boolean,
  read: (part: DatePart, from: After | undefined, limit: number) => Promise<Row[]>,
): Promise<Row[]> => {
  if (direction === 'asc') return read('any', after, limit + 1)
  const amongUndated = after?.key === UNDATED
  const dated = amongUndated ? [] : await read('dated', after, limit + 1)
  if (dated.length > limit || hasUpperBound) return dated
  return [
    ...dated,
    ...(await read('undated', amongUndated ? after : undefined, limit + 1 - dated.length)),
  ]
}
