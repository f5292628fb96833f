import { addDays, type DatePrecision, type FuzzyDate, type IsoDate } from '@sitrep/domain'
import * as chrono from 'chrono-node'
import { nearestWeekday } from './nearest-weekday.ts'

/** A date phrase found in a text, with where it sits (offsets into the whole article). */
export interface DateMention {
  readonly start: number
  readonly end: number
  readonly date: FuzzyDate
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
/** "This week" is the calendar week, Monday to Sunday, that holds the day. */
const mondayOf = (day: IsoDate): IsoDate =>
  addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** Chrono reads a reference date in local time; noon keeps the calendar day in any zone. */
const referenceOf = (anchor: IsoDate): Date => {
  const [y = 1970, m = 1, d = 1] = anchor.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

const unresolved = (raw: string, precision: DatePrecision): FuzzyDate => ({
  resolved: false,
  precision,
  raw,
  reason: `"${raw}" is relative and the source has no publication date to resolve it against`,
})

interface Rule {
  /**
   * A word every match holds: most sentences lack it, and a literal is found far faster than the
   * pattern fails at every position.
   */
  readonly holds: RegExp
  readonly pattern: RegExp
  readonly resolve: (match: RegExpExecArray, anchor: IsoDate | undefined) => FuzzyDate
}

/**
 * Phrases chrono does not read the way war reporting means them. "Overnight into Monday" is the
 * night from Sunday evening to Monday morning; "earlier" in a report is the preceding week (the
 * seed capture's reading); "for 2026" is a whole year.
 */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'
const MONTH_ABBREVIATIONS = 'janfebmaraprmayjunjulaugsepoctnovdec'

/** "July 20" or "20 July" without a year: the last such day not after the anchor. */
const dayOfMonth = (month: string, day: string, anchor: IsoDate): IsoDate => {
  const m = MONTH_ABBREVIATIONS.indexOf(month.slice(0, 3).toLowerCase()) / 3 + 1
  const y = Number(anchor.slice(0, 4))
  const date = iso(y, m, Number(day))
  return date > anchor ? iso(y - 1, m, Number(day)) : date
}

const night = (morning: IsoDate, raw: string, anchor: IsoDate): FuzzyDate => ({
  resolved: true,
  start: addDays(morning, -1),
  end: morning,
  precision: 'night',
  raw,
  anchor,
})

const rules: readonly Rule[] = [
  {
    holds: /night/i,
    // "overnight on July 20" is the night that ended on the 20th; "the night of July 19" (or "of
    // 19 July") began on the 19th; "the night of July 19 to 20" ended on the 20th
    pattern: new RegExp(
      `\\b(?:overnight (?:on|into)|(?:on |during )?the night (?:of|on|into)|(overnight|night) (?:of|on))\\s+(?:(${MONTHS})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTHS}))\\b(?:\\s*(?:to|into|-|–)\\s*(\\d{1,2})\\b)?`,
      'gi',
    ),
    resolve: (m, anchor) => {
      if (!anchor) return unresolved(m[0], 'night')
      const named = dayOfMonth(m[2] ?? m[5] ?? '', m[3] ?? m[4] ?? '1', anchor)
      const began = /\bnight (?:of|on)\b/i.test(m[0]) && !/^overnight/i.test(m[0])
      if (m[6])
        return night(
          iso(Number(named.slice(0, 4)), Number(named.slice(5, 7)), Number(m[6])),
          m[0],
          anchor,
        )
      // …but "the night of July 31" in a report of July 31 can only be the night just ended
      return night(began && named < anchor ? addDays(named, 1) : named, m[0], anchor)
    },
  },
  {
    holds: /night/i,
    // "the night of 30–31 July", "overnight on 30-31 July": the night from the 30th into the 31st
    pattern: new RegExp(
      `\\b(?:overnight (?:on|into)|(?:on |during )?the night (?:of|on|into)|(?:overnight|night) (?:of|on))\\s+(\\d{1,2})\\s*(?:-|–|to|into)\\s*(\\d{1,2})\\s+(${MONTHS})\\b`,
      'gi',
    ),
    resolve: (m, anchor) =>
      anchor
        ? night(dayOfMonth(m[3] ?? '', m[2] ?? '1', anchor), m[0], anchor)
        : unresolved(m[0], 'night'),
  },
  {
    holds: /overnight/i,
    // "overnight on Saturday": the night that ended on Saturday morning, the last one reported
    pattern: new RegExp(`\\bovernight on\\s+(${WEEKDAYS.join('|')})\\b`, 'gi'),
    resolve: (m, anchor) => {
      if (!anchor) return unresolved(m[0], 'night')
      const day = nearestWeekday(m[1] ?? '', anchor)
      return night(day > anchor ? addDays(day, -7) : day, m[0], anchor)
    },
  },
  {
    holds: /night/i,
    pattern: new RegExp(
      `\\b(?:overnight|during the night|in the night|on the night)\\s+(?:into|to|of|before|from)\\s+(?:\\w+\\s+(?:to|into)\\s+)?(${WEEKDAYS.join('|')})\\b`,
      'gi',
    ),
    resolve: (m, anchor) => {
      if (!anchor) return unresolved(m[0], 'night')
      const morning = nearestWeekday(m[1] ?? '', anchor)
      return {
        resolved: true,
        start: addDays(morning, -1),
        end: morning,
        precision: 'night',
        raw: m[0],
        anchor,
      }
    },
  },
  {
    holds: /night/i,
    // "this past night", "over the past night", "during the night", "a nighttime attack": the
    // night before publication
    pattern:
      /\b(?:overnight|last night|(?:this|(?:over|during|in) the) (?:past|last) night|(?:during|in) the night|at night|night-?time)\b(?!\s+(?:into|to|of|before)\b)/gi,
    resolve: (m, anchor) =>
      anchor
        ? {
            resolved: true,
            start: addDays(anchor, -1),
            end: anchor,
            precision: 'night',
            raw: m[0],
            anchor,
          }
        : unresolved(m[0], 'night'),
  },
  {
    holds: /earlier/i,
    // "X had earlier said" tells of an earlier report, not of a week
    pattern:
      /(?<!\bhad\s+)\bearlier\b(?!\s+(?:this|in|on|last|today|than|that\s+(?:day|week|month|year))\b)/gi,
    resolve: (m, anchor) =>
      anchor
        ? {
            resolved: true,
            start: addDays(anchor, -7),
            end: anchor,
            precision: 'week',
            raw: m[0],
            anchor,
          }
        : unresolved(m[0], 'week'),
  },
  {
    holds: /week/i,
    // chrono anchors "this week" on a neighbouring day; the calendar week of the anchor is meant
    pattern: /\b(this|next|last|coming) week\b/gi,
    resolve: (m, anchor) => {
      if (!anchor) return unresolved(m[0], 'week')
      const shift = { this: 0, coming: 0, next: 7, last: -7 }[(m[1] ?? 'this').toLowerCase()] ?? 0
      const start = addDays(mondayOf(anchor), shift)
      return { resolved: true, start, end: addDays(start, 6), precision: 'week', raw: m[0], anchor }
    },
  },
  {
    holds: /\d/,
    // "February 4 and 5, 2026": two days of one event, spelt with "and", which chrono reads as
    // the first day alone and without its year; only with the year, as "March 4 and 5 people"
    // is a day and a count
    pattern: new RegExp(
      `\\b(${MONTHS})\\.?\\s+(\\d{1,2})\\s+and\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`,
      'gi',
    ),
    resolve: (m) => {
      const month = MONTH_ABBREVIATIONS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) / 3 + 1
      const [first, last, y] = [Number(m[2]), Number(m[3]), Number(m[4])]
      return {
        resolved: true,
        start: iso(y, month, first),
        end: iso(y, month, Math.max(last, first)),
        precision: 'day',
        raw: m[0],
      }
    },
  },
  {
    holds: /\d/,
    pattern: /\b(?:for|in|by|since|until|of)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\d)/gi,
    resolve: (m) => {
      const y = Number(m[1])
      return {
        resolved: true,
        start: iso(y, 1, 1),
        end: iso(y, 12, 31),
        precision: 'year',
        raw: m[0],
      }
    },
  },
]

/** Durations and "now" are not dates of an event: "for the first time in three years". */
const NOT_A_DATE =
  /^(?:in|within|for|after)\s+(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|hours?)|^now$|^(?:the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|hours?)/i

/** Chrono is generous ("The money" once read as a Monday): a date phrase must hold a date word. */
const DATE_WORD =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|yesterday|tomorrow|tonight|week|month|year|morning|evening|afternoon|night|ago|last|next)\b/i

export const hasDateWord = (text: string): boolean => DATE_WORD.test(text)

const precisionOf = (result: chrono.ParsedResult): DatePrecision => {
  const c = result.start
  if (/\bweek\b/i.test(result.text)) return 'week'
  if (/\b(?:morning|afternoon|evening)\b/i.test(result.text)) return 'part-of-day'
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day'
  if (c.isCertain('month')) return 'month'
  if (c.isCertain('year') || /\byear\b/i.test(result.text)) return 'year'
  return 'day'
}

const fromChrono = (result: chrono.ParsedResult, anchor: IsoDate | undefined): FuzzyDate => {
  const raw = result.text.replace(/[\s,.;:]+$/, '')
  const precision = precisionOf(result)
  const c = result.start
  /** Only a written year makes a phrase absolute; chrono fills the year of "Wednesday" itself. */
  const absolute = /\b(?:19|20)\d\d\b/.test(result.text)
  // "on Wednesday night" in a page with no date: a night, though no day can be given
  if (!anchor && !absolute) return unresolved(raw, /\bnight\b/i.test(raw) ? 'night' : precision)
  const y = c.get('year') ?? 1970
  const m = c.get('month') ?? 1
  const d = c.get('day') ?? 1
  const [start, end] =
    precision === 'year'
      ? [iso(y, 1, 1), iso(y, 12, 31)]
      : precision === 'month'
        ? [iso(y, m, 1), iso(y, m, lastDayOf(y, m))]
        : precision === 'week'
          ? [mondayOf(iso(y, m, d)), addDays(mondayOf(iso(y, m, d)), 6)]
          : [iso(y, m, d), iso(y, m, d)]
  return {
    resolved: true,
    start,
    end: precision === 'day' ? (lastDayOfSpan(result, start) ?? end) : end,
    precision,
    raw,
    ...(absolute || !anchor ? {} : { anchor }),
  }
}

/**
 * "Feb. 4 - 5", "February 17-18": talks held over two days are one date spanning both; a span
 * of more than a week is no event's day but a period, and keeps its first day only.
 */
const lastDayOfSpan = (result: chrono.ParsedResult, start: IsoDate): IsoDate | undefined => {
  const e = result.end
  if (!e?.isCertain('day')) return undefined
  const end = iso(e.get('year') ?? 1970, e.get('month') ?? 1, e.get('day') ?? 1)
  return end > start && end <= addDays(start, 7) ? end : undefined
}

/**
 * Every date phrase in `text` (which starts at `offset` in the article), resolved against the
 * publication day. With no publication day, relative phrases stay unresolved and say why;
 * absolute ones ("February 2022") still resolve.
 */
export const findDates = (
  text: string,
  anchor: IsoDate | undefined,
  offset = 0,
  /**
   * The sentence speaks of the future ("would meet … on Friday"): a bare weekday is ahead. A
   * function is asked only when a resolved date needs the answer, which most sentences lack.
   */
  future: boolean | (() => boolean) = false,
  /** Chrono's results for the whole article (`parseArticleDates`), to pick this sentence's from. */
  parsed?: readonly chrono.ParsedResult[],
): DateMention[] => {
  const found: DateMention[] = []
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e)
  for (const rule of rules) {
    if (!rule.holds.test(text)) continue
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = offset + m.index
      const end = start + m[0].length
      if (!taken(start, end)) found.push({ start, end, date: rule.resolve(m, anchor) })
    }
  }
  // Chrono runs dozens of patterns; a sentence with no date word cannot hold a date for it.
  const results = parsed
    ? parsed.filter((r) => r.index >= offset && r.index + r.text.length <= offset + text.length)
    : DATE_WORD.test(text)
      ? parseArticleDates(text, anchor)
      : []
  const base = parsed ? 0 : offset
  for (const result of results) {
    // "As of August 1, 27 people …": the number after the day is a count, not its year
    const day = /^(.*\d),\s*\d{1,3}$/s.exec(result.text)?.[1]
    const reread = day ? chrono.parse(day, referenceOf(anchor ?? '2000-01-01'))[0] : undefined
    const r = reread?.index === 0 ? reread : result
    const raw = r.text.replace(/[\s,.;:]+$/, '')
    if (NOT_A_DATE.test(raw) || !DATE_WORD.test(raw)) continue
    const start = base + result.index
    const end = start + raw.length
    if (taken(start, end)) continue
    const date = ahead(fromChrono(r, anchor), raw, future, anchor)
    // "early on Monday", "in the early hours of Friday": part of a day, not the whole of it
    const partOfDay =
      date.precision === 'day' &&
      /\b(?:early|late)\s+$|\b(?:early|small|wee) hours(?: of| on)?\s+$/i.test(
        text.slice(0, start - offset),
      )
    found.push({ start, end, date: partOfDay ? { ...date, precision: 'part-of-day' } : date })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Chrono over a whole text at once: one call per article costs far less than one per sentence.
 */
export const parseArticleDates = (
  text: string,
  anchor: IsoDate | undefined,
): chrono.ParsedResult[] => chrono.parse(text, referenceOf(anchor ?? '2000-01-01'))

const WEEKDAY_ONLY =
  /^(?:on |this |coming )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[’']s)?$/i
/** "April 28", "on Jan. 14": a month and day with no year. */
const MONTH_DAY =
  /^(?:on )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))$/i

const lastYear = (d: IsoDate): IsoDate => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`

/**
 * Chrono takes the nearest weekday, which may lie behind the anchor; in a sentence about the
 * future ("would meet on Friday") a bare weekday lies ahead. In any other sentence a month and
 * day without a year is the nearest such date not after publication ("on December 28" in a
 * January report). Other phrases ("the end of the year") are left as read.
 */
const ahead = (
  date: FuzzyDate,
  raw: string,
  future: boolean | (() => boolean),
  anchor: IsoDate | undefined,
): FuzzyDate => {
  if (!anchor || !date.resolved) return date
  if (typeof future === 'function' ? future() : future)
    return date.start < anchor && WEEKDAY_ONLY.test(raw)
      ? { ...date, start: addDays(date.start, 7), end: addDays(date.end, 7) }
      : date
  if (date.start > anchor && MONTH_DAY.test(raw))
    return { ...date, start: lastYear(date.start), end: lastYear(date.end) }
  return date
}

/** "YYYY-MM-DD" of a publication date or instant. */
export const anchorOf = (publishedAt: string | undefined): IsoDate | undefined =>
  publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : undefined
