import { actorById } from '../actors/index.ts'
import type { Asserter, Evidence } from '../evidence.ts'
import { BLANK_DATE_TEXT, type FuzzyDate } from '../fuzzy-date.ts'
import { placeById } from '../gazetteer/places.ts'
import type { IsoDate } from '../iso-date.ts'
import { type Measure, measureBounds } from '../measure.ts'
import type { Money } from '../money.ts'

/** Names as the dictionaries print them; an unknown id is shown as it is, never dropped. */
export const actorName = (id: string): string => actorById(id)?.name ?? id
export const placeName = (id: string): string => placeById(id)?.name ?? id

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const parts = (date: IsoDate) => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  return { y, m, d, weekday: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '' }
}

/** "21 July 2025". */
export const dayPhrase = (date: IsoDate): string => {
  const { y, m, d } = parts(date)
  return `${d} ${MONTHS[m - 1]} ${y}`
}

/** "Wednesday 23 July 2025": the weekday is what sources and readers argue over. */
const weekdayPhrase = (date: IsoDate): string => `${parts(date).weekday} ${dayPhrase(date)}`

/**
 * A date as precisely as its claim allows and no more: a month stays a month, a night stays
 * a night, and an unresolved phrase is said to be unresolved with the source's own words.
 */
export const datePhrase = (date: FuzzyDate): string => {
  if (!date.resolved)
    return date.raw === BLANK_DATE_TEXT
      ? `an unresolved date (${date.reason})`
      : `an unresolved date (the source says “${date.raw}”)`
  const { start, end, precision } = date
  if (precision === 'night') {
    const a = parts(start)
    const b = parts(end)
    return a.m === b.m
      ? `the night of ${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`
      : `the night of ${dayPhrase(start)} to ${dayPhrase(end)}`
  }
  if (precision === 'month') {
    const { y, m } = parts(start)
    return `${MONTHS[m - 1]} ${y}`
  }
  if (precision === 'year') return `${parts(start).y}`
  if (start === end) return weekdayPhrase(start)
  return `between ${dayPhrase(start)} and ${dayPhrase(end)}`
}

/** Thousands separated, so large totals read; the truth tests read numbers back the same way. */
export const count = (n: number): string => {
  const [whole = '', fraction] = String(n).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/** A count as the claim bounds it: "at least 1", "2", "between 3 and 5", "about 10". */
export const measurePhrase = (m: Measure): string => {
  if (m.qualifier === 'range') return `between ${count(m.min)} and ${count(m.max)}`
  const b = measureBounds(m)
  switch (m.qualifier) {
    case 'exact':
      return count(m.value)
    case 'at-least':
      return `at least ${count(m.value)}`
    case 'over':
      return `more than ${count(m.value)}`
    case 'at-most':
      return `at most ${count(m.value)}`
    case 'under':
      return `fewer than ${count(m.value)}`
    case 'about':
      return b.low === b.high ? count(m.value) : `about ${count(m.value)}`
  }
}

const SCALES: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
]

/** "5 billion": scaled only when the amount is a whole number of the scale, so no figure is rounded. */
const amountPhrase = (amount: number): string => {
  for (const [scale, word] of SCALES)
    if (amount >= scale && Number.isInteger((amount / scale) * 100))
      return `${count(amount / scale)} ${word}`
  return count(amount)
}

const QUALIFIER_WORDS = {
  exact: '',
  'at-least': 'at least ',
  over: 'over ',
  'at-most': 'at most ',
  under: 'under ',
  about: 'about ',
} as const

/** Money as stated, in its own currency: the source's figure, not a conversion. */
export const moneyPhrase = (money: Money): string =>
  money.kind === 'unspecified'
    ? `an unspecified amount (“${money.description}”)`
    : `${QUALIFIER_WORDS[money.qualifier]}${money.currency} ${amountPhrase(money.amount)}${money.per === 'unit' ? ' each' : ''}`

const asserterName = (a: Asserter): string =>
  a.type === 'actor' ? actorName(a.actorId) : a.description

/**
 * Who says it, with whom they rely on: "Volodymyr Zelensky, citing Rustem Umerov"; "TASS, citing
 * an unnamed source". The outlet's own reporting is the outlet (or "the report").
 */
export const attributionPhrase = (e: Evidence, outlet: string | undefined): string => {
  if (e.attribution === 'media-report' && e.assertedBy.type === 'unnamed')
    return outlet ?? 'the report'
  if (e.assertedBy.type === 'unnamed' && e.reportedBy)
    return `${asserterName(e.reportedBy)}, citing ${e.assertedBy.description}`
  const who = asserterName(e.assertedBy)
  return e.citing ? `${who}, citing ${asserterName(e.citing)}` : who
}

/** "Ukraine and Russia"; "Germany, France and Norway". */
export const listPhrase = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
