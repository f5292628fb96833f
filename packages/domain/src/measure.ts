import { z } from 'zod'
import { PlaceId } from './ids.ts'
import { type Bounds, Qualifier, qualifiedBounds } from './qualifier.ts'

/** Counts above this are data errors, not reports (the whole war's launches are far below it). */
export const MAX_COUNT = 1_000_000_000

const count = z
  .number()
  .int('must be a whole number')
  .nonnegative('must not be negative')
  .max(MAX_COUNT)

const common = {
  /**
   * Where the count applies: the city of Kyiv, or Ukraine as a whole. Counts with different
   * scopes are different facts, never a dispute.
   */
  scope: PlaceId.optional(),
  /** What is counted when the fact name alone does not say: "drones", "missiles". */
  subject: z.string().min(1).max(80).optional(),
  /** The words of the source: "at least one", "two dead". */
  raw: z.string().min(1).max(200).optional(),
}

const single = z.strictObject({ qualifier: Qualifier, value: count, ...common })
const range = z
  .strictObject({ qualifier: z.literal('range'), min: count, max: count, ...common })
  .refine((r) => r.min <= r.max, { message: 'max must not be below min', path: ['max'] })

/** A count as a source states it: never a bare integer. */
export const Measure = z.discriminatedUnion('qualifier', [range, single]).meta({ id: 'Measure' })
export type Measure = z.infer<typeof Measure>

export const measureBounds = (m: Measure): Bounds =>
  m.qualifier === 'range'
    ? { low: m.min, high: m.max }
    : qualifiedBounds(m.qualifier, m.value, true)

/** The key under which two measures are the same fact: same scope, same thing counted. */
export const measureScopeKey = (m: Measure): string => `${m.scope ?? '*'}|${m.subject ?? '*'}`
