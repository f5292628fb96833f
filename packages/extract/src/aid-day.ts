import { addDays, type FuzzyDate } from '@sitrep/domain'

/** Words that put what a sentence tells ahead of the report: a plan, not a deed. */
const AHEAD =
  /\b(?:will|would|shall|going to|is to|are to|next|upcoming|planned|scheduled|due|expected|set to|plans? to)\b/i

/**
 * Aid is reported once pledged or handed over: a bare weekday chrono put after publication
 * ("Poland handed over 14 tanks on Friday" in a Tuesday report) is the one before, unless the
 * sentence speaks of a plan ("will deliver them on Friday").
 */
export const givenBefore = (d: FuzzyDate, anchor: string | undefined, text: string): FuzzyDate =>
  d.resolved &&
  anchor &&
  d.start > anchor &&
  /^(?:on |late |early )?\p{Lu}\p{Ll}+day\b/u.test(d.raw) &&
  !AHEAD.test(text)
    ? { ...d, start: addDays(d.start, -7), end: addDays(d.end, -7) }
    : d
