import type { FuzzyDate } from '@sitrep/domain'

/** A report's window in minutes since the epoch (UTC-naive: the file gives Kyiv local time). */
export interface Window {
  readonly start: number
  readonly end: number
  readonly startDay: string
  readonly endDay: string
  readonly raw: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{1,2}):(\d{2}))?$/

const minutes = (cell: string, endOfDay: boolean): { at: number; day: string } | undefined => {
  // Trailing spaces ("2025-03-06 21:00 ") and one-digit hours ("2023-05-16 3:30") occur.
  const m = DATE.exec(cell.trim())
  if (!m) return undefined
  const [, y, mo, d, h, mi] = m
  const day = `${y}-${mo}-${d}`
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d))
  if (Number.isNaN(base) || new Date(base).toISOString().slice(0, 10) !== day) return undefined
  const offset = h === undefined ? (endOfDay ? 24 * 60 : 0) : Number(h) * 60 + Number(mi)
  return { at: base / 60_000 + offset, day }
}

export const parseWindow = (startCell: string, endCell: string): Window | string => {
  const start = minutes(startCell, false)
  if (!start) return `time_start "${startCell}" is not a date or date and time`
  const end = minutes(endCell || startCell, true)
  if (!end) return `time_end "${endCell}" is not a date or date and time`
  if (end.at < start.at) return `time_end ${endCell} is before time_start ${startCell}`
  return {
    start: start.at,
    end: end.at,
    startDay: start.day,
    endDay: end.day,
    raw: `${startCell.trim()} – ${(endCell || startCell).trim()}`,
  }
}

/** Windows that share any minute, or touch, are one attack. */
export const overlaps = (a: Window, b: Window): boolean => a.start <= b.end && b.start <= a.end

export const hull = (windows: readonly Window[]): Window => {
  const [first, ...rest] = windows
  if (!first) throw new Error('hull of no windows')
  return rest.reduce(
    (h, w) => {
      const start = w.start < h.start ? w : h
      const end = w.end > h.end ? w : h
      return {
        start: start.start,
        startDay: start.startDay,
        end: end.end,
        endDay: end.endDay,
        raw: `${start.raw.split(' – ')[0]} – ${end.raw.split(' – ')[1]}`,
      }
    },
    { ...first },
  )
}

/** The report's date: a night when it spans midnight, else the day. */
export const windowDate = (w: Window): FuzzyDate => ({
  resolved: true,
  start: w.startDay,
  end: w.endDay,
  precision: w.startDay === w.endDay ? 'day' : 'night',
  raw: w.raw,
})
