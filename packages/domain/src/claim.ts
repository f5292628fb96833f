import { z } from 'zod'
import { Evidence } from './evidence.ts'

/**
 * Evidence that asserts a value for one named fact of a record. A record holds its facts only as
 * claims; what it displays, and whether sources disagree, is derived from them (disputes.ts).
 */
export const claimOf = <const F extends string, V extends z.ZodType>(fact: F, value: V) =>
  Evidence.extend({ fact: z.literal(fact), value })

export const RecordBase = {
  title: z.string().min(1).max(300),
  summary: z.string().min(1).max(4000).optional(),
}
