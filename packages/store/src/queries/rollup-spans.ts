import { addDays, bucketEnd, type IsoDate } from '@sitrep/domain'

/** Rows to sum: whole months of `facet_months`, or days of `facet_days`; bounds inclusive. */
export type RollupSpan =
  | { table: 'facet_months'; from?: string; to?: string }
  | { table: 'facet_days'; from?: IsoDate; to?: IsoDate }

/** The month before undated records' far-future day: open-ended months stop there. */
const LAST_DATED_MONTH = '9999-11'

const monthOf = (day: IsoDate) => day.slice(0, 7)
const lastDay = (month: string) => bucketEnd(`${month}-01`, 'month')

/**
 * Where a date filter's records are counted. A record matches when it ends on or after `from`
 * and starts on or before `to`; every record starting inside a month that lies wholly within
 * from..to does (its end is not before its start), so such months are read whole from the
 * monthly rows, and only the days at either end (from `earliestStart`, which takes in records
 * running into `from`) from the daily rows, where the end day is compared. Undated records
 * (the far-future day, no end) match no `from`: an open-ended range's months stop short of them.
 */
export const rollupSpans = (
  from: IsoDate | undefined,
  to: IsoDate | undefined,
  earliestStart: IsoDate | undefined,
): RollupSpan[] => {
  const first =
    from === undefined
      ? undefined
      : from.endsWith('-01')
        ? monthOf(from)
        : monthOf(addDays(bucketEnd(`${monthOf(from)}-01`, 'month'), 1))
  const last =
    to === undefined
      ? from === undefined
        ? undefined
        : LAST_DATED_MONTH
      : to === lastDay(monthOf(to))
        ? monthOf(to)
        : monthOf(addDays(`${monthOf(to)}-01`, -1))
  const low = earliestStart ?? from
  if (first !== undefined && last !== undefined && first > last)
    return [{ table: 'facet_days', ...(low && { from: low }), ...(to && { to }) }]
  const spans: RollupSpan[] = [
    { table: 'facet_months', ...(first && { from: first }), ...(last && { to: last }) },
  ]
  const head = first === undefined ? undefined : addDays(`${first}-01`, -1)
  if (low !== undefined && head !== undefined && low <= head)
    spans.push({ table: 'facet_days', from: low, to: head })
  const tail = last === undefined ? undefined : addDays(lastDay(last), 1)
  if (tail !== undefined && from !== undefined && to === undefined)
    spans.push({ table: 'facet_days', from: tail })
  if (tail !== undefined && to !== undefined && tail <= to)
    spans.push({ table: 'facet_days', from: tail, to })
  return spans
}
