import type { ResolvedDate, SitrepRecord } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'

const datesOf = (r: SitrepRecord): ResolvedDate[] =>
  r.claims.flatMap((c) =>
    (c.fact === 'date' || c.fact === 'period') && c.value.resolved ? [c.value] : [],
  )

const NARROW = new Set(['hour', 'part-of-day', 'day'])
const window = (d: ResolvedDate) => (d.start === d.end ? d.start : `${d.start} to ${d.end}`)

/**
 * How two resolved dates bear on one event. A night runs from the evening of `start` to the
 * morning of `end`, so two different nights share a calendar day yet are different attacks
 * (the Air Force's night into 21 July is not its night into 22 July); a day inside a night is
 * the morning it ended ("early on Thursday") or, more weakly, the evening it began.
 */
const datePair = (a: ResolvedDate, b: ResolvedDate): Signal | 'veto' => {
  if (a.end < b.start || b.end < a.start) return 'veto'
  if (a.precision === 'night' && b.precision === 'night')
    return a.start === b.start && a.end === b.end
      ? { weight: 0.35, reason: `same night (${window(a)})` }
      : 'veto'
  const [night, other] = a.precision === 'night' ? [a, b] : [b, a]
  if (night.precision === 'night' && NARROW.has(other.precision) && other.start === other.end)
    return other.start === night.end
      ? {
          weight: 0.3,
          reason: `${other.start} is the morning that ended the night ${window(night)}`,
        }
      : {
          weight: 0.1,
          reason: `${other.start} is the evening that began the night ${window(night)}`,
        }
  if (NARROW.has(a.precision) && NARROW.has(b.precision) && a.start === b.start && a.end === b.end)
    return { weight: 0.3, reason: `same day (${window(a)})` }
  return { weight: 0.1, reason: `dates overlap (${window(a)} and ${window(b)})` }
}

/**
 * Time: the best-fitting pair of dates supports a match; when both records are dated and no
 * pair can be the same moment, they are different events whatever else they share (`veto`).
 */
export const timeSignal = (a: SitrepRecord, b: SitrepRecord): Signal | 'veto' | undefined => {
  const x = datesOf(a)
  const y = datesOf(b)
  if (x.length === 0 || y.length === 0) return undefined
  let best: Signal | undefined
  for (const d of x)
    for (const e of y) {
      const s = datePair(d, e)
      if (s !== 'veto' && (!best || s.weight > best.weight)) best = s
    }
  return best ?? 'veto'
}
