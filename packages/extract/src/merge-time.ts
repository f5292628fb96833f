import { addDays, type IsoDate, type ResolvedDate, type SitrepRecord } from '@sitrep/domain'
import { type Reading, readingsOf, toldLate } from './merge-readings.ts'
import type { Signal } from './merge-signals.ts'

const DAY = 86_400_000
/** Days from a date window to a day: 0 inside it. */
const distance = (d: ResolvedDate, day: IsoDate) =>
  Math.max(0, Date.parse(d.start) - Date.parse(day), Date.parse(day) - Date.parse(d.end)) / DAY

/** The days each source reported a talk's status on (`asOf`): the day it wrote, by source. */
const reportDays = (r: SitrepRecord): Map<string, IsoDate> =>
  new Map(r.claims.flatMap((c) => (c.fact === 'status' ? [[c.sourceId, c.value.asOf]] : [])))

/**
 * A talk report names earlier rounds to compare ("half as long as the session of May 16", "the
 * first since March 2022") and the next one planned; the round it reports is the date nearest
 * the day it wrote, so a source's other dates are set aside. Each date that remains comes with
 * the ways it may be read (`readingsOf`).
 */
const datesOf = (r: SitrepRecord): Reading[] => {
  const wrote = reportDays(r)
  const late = toldLate(r.claims.map((c) => c.quote))
  const dated = r.claims.flatMap((c) =>
    (c.fact === 'date' || c.fact === 'period') && c.value.resolved
      ? [{ sourceId: c.sourceId, date: c.value, quote: c.quote }]
      : [],
  )
  return dated
    .filter(({ sourceId, date }) => {
      const day = wrote.get(sourceId)
      if (!day) return true
      const nearest = Math.min(
        ...dated.filter((d) => d.sourceId === sourceId).map((d) => distance(d.date, day)),
      )
      return distance(date, day) === nearest
    })
    .flatMap(({ date, quote }) => readingsOf(date, quote, late))
}

/**
 * An undated talk report still says when it wrote that the round was held: on the round's day or
 * the day after is where the news of a round is; weeks later it is the news of another.
 */
const reportedSignal = (undated: SitrepRecord, dated: readonly ResolvedDate[]) => {
  for (const c of undated.claims)
    if (c.fact === 'status' && (c.value.status === 'held' || c.value.status === 'concluded'))
      for (const d of dated)
        if (c.value.asOf >= d.start && c.value.asOf <= addDays(d.end, 1))
          return {
            weight: 0.15,
            reason: `reported ${c.value.status} on ${c.value.asOf}, within a day of ${window(d)}`,
          }
  return undefined
}

const NARROW = new Set(['hour', 'part-of-day', 'day'])
/** Windows short enough that the day an undated report appeared says which one it tells. */
const SHORT = new Set([...NARROW, 'night', 'week'])
const window = (d: ResolvedDate) => (d.start === d.end ? d.start : `${d.start} to ${d.end}`)

/**
 * A night and a single day inside it: the day a source says the early hours ended the night, or
 * the evening that began it; an early-hours strike is not the night that began that evening.
 * A bare day inside a night is most likely the morning it ended ("on Thursday", writing of the
 * night before), more weakly the evening it began.
 */
const dayInNight = (night: ResolvedDate, day: Reading): Signal | 'veto' => {
  const morning = day.date.start === night.end
  if (day.part === 'morning')
    return morning
      ? {
          weight: 0.35,
          reason: `the early hours of ${day.date.start} end the night ${window(night)}`,
        }
      : 'veto'
  if (day.part === 'evening')
    return morning
      ? 'veto'
      : { weight: 0.3, reason: `the evening of ${day.date.start} began the night ${window(night)}` }
  return morning
    ? {
        weight: 0.3,
        reason: `${day.date.start} is the morning that ended the night ${window(night)}`,
      }
    : {
        weight: 0.1,
        reason: `${day.date.start} is the evening that began the night ${window(night)}`,
      }
}

/**
 * How two resolved dates bear on one event. A night runs from the evening of `start` to the
 * morning of `end`, so two different nights share a calendar day yet are different attacks
 * (the Air Force's night into 21 July is not its night into 22 July).
 */
const exactPair = (x: Reading, y: Reading): Signal | 'veto' => {
  const [a, b] = [x.date, y.date]
  if (a.end < b.start || b.end < a.start) return 'veto'
  if (a.precision === 'night' && b.precision === 'night')
    return a.start === b.start && a.end === b.end
      ? { weight: 0.35, reason: `same night (${window(a)})` }
      : 'veto'
  const [night, other] = a.precision === 'night' ? [a, y] : [b, x]
  if (
    night.precision === 'night' &&
    NARROW.has(other.date.precision) &&
    other.date.start === other.date.end
  )
    return dayInNight(night, other)
  if (NARROW.has(a.precision) && NARROW.has(b.precision) && a.start === b.start && a.end === b.end)
    return { weight: 0.3, reason: `same day (${window(a)})` }
  return { weight: 0.1, reason: `dates overlap (${window(a)} and ${window(b)})` }
}

/** A reading with another as good beside it ("the night of August 28") supports less. */
const UNCERTAIN = 0.1
/**
 * A night before the one "overnight" names is what a later report may mean, not what its words
 * say: it keeps the two from a veto and supports a match little, leaving it to the counts,
 * places and weapons.
 */
const LATE = 0.2

const datePair = (x: Reading, y: Reading): Signal | 'veto' => {
  const s = exactPair(x, y)
  const late = [x, y].find((r) => r.late)
  const doubtful = late ?? [x, y].find((r) => r.uncertain)
  if (s === 'veto' || !doubtful) return s
  return {
    weight: Math.round((s.weight - (late ? LATE : UNCERTAIN)) * 100) / 100,
    reason: `${s.reason}, reading "${doubtful.date.raw}" as ${window(doubtful.date)}${late ? ' (a later report)' : ''}`,
    ...(late ? { late: true } : {}),
  }
}

/** News of one event is written within days; reports this many days apart are of two, mostly. */
const WEEKS_APART = 14
/**
 * Months apart, two undated reports are two events all but surely: a donor's packages of May and
 * January can share a round sum ("13 billion kronor").
 */
const MONTHS_APART = 90
/** How far apart two undated days say two events, beyond which they count against. */
const apartWeight = (a: IsoDate, b: IsoDate) =>
  addDays(a, MONTHS_APART) < b || addDays(b, MONTHS_APART) < a
    ? -0.3
    : addDays(a, WEEKS_APART) < b || addDays(b, WEEKS_APART) < a
      ? -0.15
      : 0

/**
 * A draft the article does not date was still published on a day: news is of the day before or
 * the day itself, so a record whose window holds that day or ended the day before fits a little.
 * A night is the morning's news: one that ended on the day of writing fits best, one that ended
 * the day before less, and one that only began that evening was rarely over when it was written.
 */
const publishedSignal = (day: IsoDate | undefined, readings: readonly Reading[]) => {
  if (!day) return undefined
  const dated = readings.map((r) => r.date)
  // The early hours of a day end the night before it: that morning's news, as the night is.
  const mornings = new Set(
    readings.flatMap((r) => (r.part === 'morning' && r.date.start === r.date.end ? [r.date] : [])),
  )
  // A day inside a year or a month ("deliveries in 2025") is no evidence of which day.
  const fit = (e: ResolvedDate) =>
    day < e.start || day > addDays(e.end, 1) || !SHORT.has(e.precision)
      ? 0
      : e.precision !== 'night' && !(mornings.has(e) && day === e.end)
        ? 0.15
        : day === e.end
          ? 0.2
          : day > e.end
            ? 0.1
            : 0.05
  const best = [...dated].sort((a, b) => fit(b) - fit(a))[0]
  if (best && fit(best) > 0)
    return { weight: fit(best), reason: `published on ${day}, within a day of ${window(best)}` }
  // Weeks after every date the other gives, an undated report is the news of something else.
  const last = dated.map((d) => d.end).sort()[dated.length - 1]
  const apart = last && last < day ? apartWeight(last, day) : 0
  if (last && apart < 0)
    return {
      weight: apart,
      reason: `published on ${day}, ${apart < -0.15 ? 'months' : 'weeks'} after ${last}`,
    }
  // Months before the other's day, it cannot have been that day's news (an announcement told
  // ahead of time is told days before, not a season).
  const first = dated
    .filter((d) => SHORT.has(d.precision))
    .map((d) => d.start)
    .sort()[0]
  return first && addDays(day, MONTHS_APART) < first
    ? { weight: -0.3, reason: `published on ${day}, months before ${first}` }
    : undefined
}

/**
 * Two reports neither of which dates the event still appeared on days: the news of one day or
 * of consecutive days may be one event, a week apart it says nothing either way.
 */
const sameNewsSignal = (a: IsoDate | undefined, b: IsoDate | undefined) => {
  if (!a || !b) return undefined
  if (a === b) return { weight: 0.15, reason: `both undated, both published on ${a}` }
  if (addDays(a, 1) === b || addDays(b, 1) === a)
    return { weight: 0.1, reason: `both undated, published on ${a} and ${b}` }
  const apart = apartWeight(a, b)
  return apart < 0
    ? {
        weight: apart,
        reason: `both undated, published ${apart < -0.15 ? 'months' : 'weeks'} apart (${a} and ${b})`,
      }
    : undefined
}

/**
 * Time: the best-fitting pair of dates supports a match; when both records are dated and no
 * pair can be the same moment, they are different events whatever else they share (`veto`).
 * `published`: the day the draft's article appeared, for a draft it does not date; `reported`:
 * the day the held record's source appeared, for a record none of its sources dates. Without
 * `late`, a later report's readings are set aside (`merge.ts` asks so when nothing backs them).
 */
export const timeSignal = (
  a: SitrepRecord,
  b: SitrepRecord,
  published?: IsoDate,
  reported?: IsoDate,
  { late = true }: { readonly late?: boolean } = {},
): Signal | 'veto' | undefined => {
  // `late: false` reads each date as its words say, without the nights a later report may mean.
  const x = datesOf(a).filter((r) => late || !r.late)
  const y = datesOf(b).filter((r) => late || !r.late)
  const [xs, ys] = [x.map((r) => r.date), y.map((r) => r.date)]
  // A year or a month ("deliveries in 2025") does not say which day's news a report is: beside
  // an undated one, the two are placed by the days they appeared, as two undated reports are.
  const wide = (ds: readonly ResolvedDate[]) => ds.every((d) => !SHORT.has(d.precision))
  if (x.length === 0 && y.length > 0)
    return (
      reportedSignal(a, ys) ??
      publishedSignal(published, y) ??
      (wide(ys) ? sameNewsSignal(published, reported) : undefined)
    )
  if (y.length === 0 && x.length > 0)
    return (
      reportedSignal(b, xs) ??
      publishedSignal(reported, x) ??
      (wide(xs) ? sameNewsSignal(published, reported) : undefined)
    )
  if (x.length === 0 || y.length === 0) return sameNewsSignal(published, reported)
  let best: Signal | undefined
  for (const d of x)
    for (const e of y) {
      const s = datePair(d, e)
      if (s !== 'veto' && (!best || s.weight > best.weight)) best = s
    }
  return best ?? (a.kind === 'talk' && b.kind === 'talk' ? adjacentDays(xs, ys) : 'veto')
}

/**
 * A round of talks runs into the night and is dated by each outlet's own day, or by a weekday
 * misremembered ("on Tuesday" of Monday's round): rounds are weeks apart, so two talks a day
 * apart may be one round. It keeps them from a veto and supports little, leaving it to the
 * venue, the parties and the round.
 */
const adjacentDays = (
  xs: readonly ResolvedDate[],
  ys: readonly ResolvedDate[],
): Signal | 'veto' => {
  for (const d of xs)
    for (const e of ys)
      if (
        NARROW.has(d.precision) &&
        NARROW.has(e.precision) &&
        (addDays(d.end, 1) === e.start || addDays(e.end, 1) === d.start)
      )
        return { weight: 0.05, reason: `a day apart (${window(d)} and ${window(e)})` }
  return 'veto'
}

/**
 * The night two records both place themselves in by what their words say, read only one way —
 * the same night, its early hours or the morning it ended, or two tellings of one morning — or
 * undefined. A later report's reading of an earlier night, or "the night of August 28" that may
 * be either night, is not it; nor is one day told by both with no word of its morning.
 */
export const sharedNight = (a: SitrepRecord, b: SitrepRecord): ResolvedDate | undefined => {
  const sure = (r: SitrepRecord) => datesOf(r).filter((d) => !d.late && !d.uncertain)
  const single = (d: ResolvedDate) => NARROW.has(d.precision) && d.start === d.end
  for (const x of sure(a))
    for (const y of sure(b)) {
      const [night, other] = x.date.precision === 'night' ? [x.date, y] : [y.date, x]
      const d = other.date
      if (night.precision === 'night') {
        if (d.precision === 'night' && d.start === night.start && d.end === night.end) return night
        if (single(d) && d.start === night.end && other.part !== 'evening') return night
      } else if (
        single(x.date) &&
        single(y.date) &&
        x.date.start === y.date.start &&
        (x.part === 'morning' || y.part === 'morning') &&
        x.part !== 'evening' &&
        y.part !== 'evening'
      )
        return { ...x.date, start: addDays(x.date.start, -1), precision: 'night' }
    }
  return undefined
}
