import { z } from 'zod'
import { compareIsoDates, IsoDate } from './iso-date.ts'

/**
 * How exactly a date is known. "night" is its own precision because attack reports speak of
 * "overnight into Monday": the window runs from the evening of `start` to the morning of `end`.
 */
export const DatePrecision = z.enum([
  'hour',
  'part-of-day',
  'night',
  'day',
  'week',
  'month',
  'year',
])
export type DatePrecision = z.infer<typeof DatePrecision>

const resolved = z
  .strictObject({
    resolved: z.literal(true),
    start: IsoDate,
    end: IsoDate,
    precision: DatePrecision,
    /** The phrase as the source wrote it: "on Wednesday", "overnight into Monday", "in May". */
    raw: z.string().min(1).max(200),
    /** The date the phrase was resolved against (the publication date), when it was relative. */
    anchor: IsoDate.optional(),
  })
  .refine((d) => compareIsoDates(d.start, d.end) <= 0, {
    message: 'end must not be before start',
    path: ['end'],
  })

/** The `raw` of a date whose source left it blank (a dataset row's empty cell): no words to quote. */
export const BLANK_DATE_TEXT = '(empty)'

/**
 * A relative phrase with no publication date to anchor it stays unresolved and says why: sitrep
 * never guesses a date silently.
 */
const unresolved = z.strictObject({
  resolved: z.literal(false),
  precision: DatePrecision,
  raw: z.string().min(1).max(200),
  reason: z.string().min(1).max(300),
})

export const FuzzyDate = z
  .discriminatedUnion('resolved', [resolved, unresolved])
  .meta({ id: 'FuzzyDate' })
export type FuzzyDate = z.infer<typeof FuzzyDate>
export type ResolvedDate = Extract<FuzzyDate, { resolved: true }>

export const isResolved = (d: FuzzyDate): d is ResolvedDate => d.resolved

/** Two resolved dates can both be true when their windows overlap ("in July" and "on the 23rd"). */
export const datesCompatible = (a: FuzzyDate, b: FuzzyDate): boolean => {
  if (!a.resolved || !b.resolved) return true
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0
}

/** The narrower of two compatible windows: what both claims together say. */
export const narrowestDate = (dates: readonly ResolvedDate[]): ResolvedDate | undefined => {
  let best: ResolvedDate | undefined
  for (const d of dates) {
    if (!best) best = d
    else {
      const span = (x: ResolvedDate) => Date.parse(x.end) - Date.parse(x.start)
      if (span(d) < span(best)) best = d
    }
  }
  return best
}
