import { addDays, type IsoDate, type ResolvedDate } from '@sitrep/domain'

/** Where in its day a part-of-day date falls, when its words say so. */
export type DayPart = 'morning' | 'evening'

/**
 * One way of reading a date a source gave. `uncertain`: the phrase has another reading just as
 * good, so this one supports a match less than a date that can only mean one thing.
 */
export interface Reading {
  readonly date: ResolvedDate
  readonly part?: DayPart
  readonly uncertain?: boolean
  /** A night before the one the words name, as a report written days later may mean it. */
  readonly late?: boolean
}

const MORNING_BEFORE = /\b(?:(?:early|small|wee) hours of|early(?: on)?|morning of|dawn on)\s+$/i
const EVENING_BEFORE = /\b(?:late(?: on)?|evening of)\s+$/i

/** A clock time the day is named with: "since 20:40 on Saturday", "at 04:30 on Sunday". */
const CLOCK = /\b([01]?\d|2[0-3]):[0-5]\d\b/

/**
 * A day named with a clock time is that part of it: from 18:00 the evening a night begins with,
 * before 09:00 the early hours that end one. The hours between say neither.
 */
const clockPart = (raw: string): DayPart | undefined => {
  const hour = Number(CLOCK.exec(raw)?.[1] ?? Number.NaN)
  if (Number.isNaN(hour)) return undefined
  return hour >= 18 ? 'evening' : hour < 9 ? 'morning' : undefined
}

/**
 * "In the early hours of July 21" is the end of the night into the 21st, "late on Sunday" the
 * start of the night after it: the words before the date say which, as does the date itself
 * ("Monday morning"). Only a date the extractor marked as part of a day is read this way, or a
 day it names with a clock time.
 */
export const dayPart = (date: ResolvedDate, quote: string): DayPart | undefined => {
  if (date.precision === 'day') return clockPart(date.raw)
  if (date.precision !== 'part-of-day') return undefined
  if (/\bmorning\b/i.test(date.raw)) return 'morning'
  if (/\b(?:evening|afternoon|night)\b/i.test(date.raw)) return 'evening'
  const at = quote.indexOf(date.raw)
  const before = at < 0 ? '' : quote.slice(Math.max(0, at - 40), at)
  if (MORNING_BEFORE.test(before)) return 'morning'
  if (EVENING_BEFORE.test(before)) return 'evening'
  return undefined
}

/** "the night of August 28", with no second day: the named day is the last number. */
const NIGHT_OF_DAY = /\bnight (?:of|on)\s+(?:[a-z]+\.?\s+(\d{1,2})|(\d{1,2})\s+[a-z]+)$/i

/**
 * "The night of August 28" is the night that began on the 28th in British and American usage,
 * and the night into the 28th in Ukrainian reporting translated word for word ("в ніч на 28
 * серпня"); outlets of both kinds write it. Both nights are kept, each uncertain — unless the
 * article appeared before the later one ended, which leaves only the night into the day named.
 */
const nightReadings = (date: ResolvedDate): ResolvedDate[] | undefined => {
  if (date.precision !== 'night' || /^overnight/i.test(date.raw)) return undefined
  const m = NIGHT_OF_DAY.exec(date.raw.trim())
  const day = Number(m?.[1] ?? m?.[2])
  if (!m || !day) return undefined
  const named = [date.start, date.end].find((d) => Number(d.slice(8, 10)) === day)
  if (!named) return undefined
  const night = (start: IsoDate, end: IsoDate): ResolvedDate => ({ ...date, start, end })
  return [night(addDays(named, -1), named), night(named, addDays(named, 1))].filter(
    (n) => !date.anchor || n.end <= date.anchor,
  )
}

/** A night the article names only from its own day: no number, month or weekday in its words. */
const FROM_PUBLICATION =
  /^(?:overnight|last night|this past night|(?:during|in) the night|at night|night-?time)$/i

/** How many nights back a report written after the event may still be telling it. */
const LATE_NIGHTS = 2

/**
 * "Overnight" dates a night from the day the article appeared, and is sure of it only in the
 * morning's news: a report of the toll two days on says "overnight" of the rescue, while the
 * strike it reports was a night or two before. The night before publication stays the reading;
 * the nights before it are kept, each uncertain. A stated date ("the night of 16-17 June") is
 * read as written.
 */
const lateReadings = (date: ResolvedDate, toldLate: boolean): Reading[] | undefined => {
  if (date.precision !== 'night' || !date.anchor || date.end !== date.anchor) return undefined
  if (!FROM_PUBLICATION.test(date.raw.trim())) return undefined
  const back = (days: number): Reading => ({
    date: { ...date, start: addDays(date.start, -days), end: addDays(date.end, -days) },
    ...(toldLate ? { uncertain: true } : { late: true }),
  })
  const named: Reading = toldLate ? { date, uncertain: true } : { date }
  return [named, ...Array.from({ length: LATE_NIGHTS }, (_, i) => back(i + 1))]
}

/**
 * "The death toll rose to 31", "raising the toll to 28": a report of a toll that grew was written
 * after the strike, so the night before it appeared and the nights before that are equally what
 * its "overnight" may mean.
 */
const GREW =
  /\b(?:rose|risen|rises|climbed|raising|increased)\b[^.]{0,40}?\b(?:to\s+\d|toll)|\btoll\b[^.]{0,60}?\b(?:rose|risen|rises|climbed|increased|grew|grown)\b/i

/** Whether any of a record's sentences tells a toll that grew since the strike. */
export const toldLate = (quotes: readonly string[]): boolean => quotes.some((q) => GREW.test(q))

/**
 * "On Thursday night" is read as a day by the extractor, yet names a night: the one that began on
 * Thursday in English usage, the one into Thursday in translations of Ukrainian reports ("в ніч
 * на четвер"). Both are kept, each uncertain, as for "the night of August 28" — unless the article appeared before the later one ended.
 */
const dayNightReadings = (date: ResolvedDate): Reading[] | undefined => {
  // Digits name the days themselves ("the night of 30-31 July"): that reading stands.
  const words = date.raw
  if (date.precision !== 'day' || date.start !== date.end || !/\bnight\b/i.test(words))
    return undefined
  if (/\d/.test(words)) return undefined
  const night = (start: IsoDate, end: IsoDate): ResolvedDate => ({
    ...date,
    start,
    end,
    precision: 'night',
  })
  // An article of Wednesday morning cannot tell the night that ends on Thursday.
  const nights = [
    night(addDays(date.start, -1), date.start),
    night(date.start, addDays(date.start, 1)),
  ].filter((n) => !date.anchor || n.end <= date.anchor)
  return nights.map((n) => (nights.length > 1 ? { date: n, uncertain: true } : { date: n }))
}

/**
 * Every way a source's date may be read: one; for an ambiguous night, the nights it names; for a
 * night dated from the article's own day, that night and the ones a late report may mean.
 */
export const readingsOf = (date: ResolvedDate, quote: string, late = false): Reading[] => {
  const nights = nightReadings(date)
  if (nights && nights.length > 0)
    return nights.map((n) => (nights.length > 1 ? { date: n, uncertain: true } : { date: n }))
  const other = lateReadings(date, late) ?? dayNightReadings(date)
  if (other) return other
  const part = dayPart(date, quote)
  return [part ? { date, part } : { date }]
}
