import { z } from 'zod'

/** A calendar date, YYYY-MM-DD, checked to exist (2025-02-30 is refused). */
export const IsoDate = z.iso.date()
export type IsoDate = z.infer<typeof IsoDate>

/** An instant with an explicit offset, so that no reader guesses a time zone. */
export const IsoDateTime = z.iso.datetime({ offset: true })
export type IsoDateTime = z.infer<typeof IsoDateTime>

/** ISO dates compare correctly as strings; this keeps that knowledge in one place. */
export const compareIsoDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)

export const addDays = (date: IsoDate, days: number): IsoDate => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
