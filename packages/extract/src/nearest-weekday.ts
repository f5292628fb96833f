import { addDays, type IsoDate } from '@sitrep/domain'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * The weekday nearest the anchor, as chrono resolves a bare "on Monday" in a news report: ahead
 * when that is nearer, else back, and the anchor's own weekday is the anchor. Counted rather than
 * asked of chrono, whose every call, however short the text, runs all of its patterns; the test
 * holds it to chrono's answer for every weekday against every day of a year.
 */
export const nearestWeekday = (weekday: string, anchor: IsoDate): IsoDate => {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase())
  if (target < 0) return anchor
  const forward = (target - new Date(`${anchor}T00:00:00Z`).getUTCDay() + 7) % 7
  const backward = forward === 0 ? -7 : forward - 7
  return addDays(anchor, forward < -backward ? forward : backward)
}
