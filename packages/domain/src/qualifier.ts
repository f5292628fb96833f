import { z } from 'zod'

/**
 * How a source qualifies a number: "at least one killed", "over €5 billion", "around €1 billion".
 * Kept as stated; turning it into bounds is `qualifiedBounds`' job.
 */
export const Qualifier = z.enum(['exact', 'at-least', 'over', 'at-most', 'under', 'about'])
export type Qualifier = z.infer<typeof Qualifier>

export interface Bounds {
  readonly low: number
  /** `Infinity` when the source gives only a floor. */
  readonly high: number
}

/**
 * "about" is read as ±10%: wire reports round to one significant figure, and a tighter band
 * would turn ordinary rounding into a dispute.
 */
const ABOUT_TOLERANCE = 0.1

export const qualifiedBounds = (qualifier: Qualifier, value: number, integer: boolean): Bounds => {
  const step = integer ? 1 : 0
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value }
    case 'at-least':
      return { low: value, high: Number.POSITIVE_INFINITY }
    case 'over':
      return { low: value + step, high: Number.POSITIVE_INFINITY }
    case 'at-most':
      return { low: 0, high: value }
    case 'under':
      return { low: 0, high: Math.max(0, value - step) }
    case 'about': {
      const delta = value * ABOUT_TOLERANCE
      const [low, high] = [value - delta, value + delta]
      return integer ? { low: Math.floor(low), high: Math.ceil(high) } : { low, high }
    }
  }
}

export const boundsOverlap = (a: Bounds, b: Bounds): boolean => a.low <= b.high && b.low <= a.high

export const intersectBounds = (a: Bounds, b: Bounds): Bounds => ({
  low: Math.max(a.low, b.low),
  high: Math.min(a.high, b.high),
})
