import type { FuzzyDate } from '@sitrep/domain'

const day = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const at = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A fuzzy date at its own precision: "Wed 23 Jul 2025", "May 2025", "night of 20–21 Jul 2025". */
export const formatFuzzyDate = (date: FuzzyDate): string => {
  if (!date.resolved) return `${date.raw} (not resolved: ${date.reason})`
  const { start, end, precision } = date
  if (precision === 'month') return month.format(at(start))
  if (precision === 'year') return start.slice(0, 4)
  if (precision === 'night') return `night of ${day.format(at(start))} – ${day.format(at(end))}`
  return start === end ? day.format(at(start)) : `${day.format(at(start))} – ${day.format(at(end))}`
}

/** An ISO instant as a reader's date and time, in UTC so that server and reader agree. */
export const formatInstant = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))
