import { z } from 'zod'
import { IsoDate } from './iso-date.ts'

/**
 * Casualties per day across attacks, as floors: each attack counts with the highest lower bound
 * its sources give, so "at least one" is never read as more than one. An attack is counted on
 * the first day its date claims allow.
 */
export const DailyCasualties = z.strictObject({
  day: IsoDate,
  attacks: z.number().int().nonnegative(),
  killedAtLeast: z.number().int().nonnegative(),
  injuredAtLeast: z.number().int().nonnegative(),
})
export type DailyCasualties = z.infer<typeof DailyCasualties>
