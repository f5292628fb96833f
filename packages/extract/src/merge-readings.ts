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
}

const MORNING_BEFORE = /\b(?:(?:early|small|wee) hours of|early(?: on)?|morning of|dawn on)\s+$/i
const EVENING_BEFORE = /\b(?:late(?: on)?|evening of)\s+$/i

/**
 * "In the early hours of July 21" is the end of the night into the 21st, "late on Sunday" the
 * start of the night after it: the words before the date say which, as does the date itself
 * ("Monday morning"). Only a date the extractor marked as part of a day is read this way.
 */
export const dayPart = (date: ResolvedDate, quote: string): DayPart | undefined => {
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

/** Every way a source's date may be read: one, or for an ambiguous night, the nights it names. */
export const readingsOf = (date: ResolvedDate, quote: string): Reading[] => {
  const nights = nightReadings(date)
  if (nights && nights.length > 0)
    return nights.map((n) => (nights.length > 1 ? { date: n, uncertain: true } : { date: n }))
  const part = dayPart(date, quote)
  return [part ? { date, part } : { date }]
}
