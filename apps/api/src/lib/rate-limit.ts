import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import { PROBLEM_CONTENT_TYPE, problem } from './problem.ts'

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  readonly limit: number
  readonly windowMs: number
}

/**
 * Who a request counts against: its API key when it has one (so a newsroom's key is limited as
 * one client wherever it runs), else its address as the runtime or a proxy reports it.
 */
const clientKey = (c: Context): string => {
  const auth = c.req.header('authorization')
  if (auth?.startsWith('Bearer ')) return `key:${auth.slice(7, 40)}`
  const address =
    c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
  return `addr:${address ?? 'local'}`
}

/** Fixed-window limiting with `RateLimit` headers; over the limit → 429 problem with Retry-After. */
export const rateLimit = ({ limit, windowMs }: RateLimitOptions): MiddlewareHandler =>
  rateLimiter({
    limit,
    windowMs,
    standardHeaders: 'draft-7',
    keyGenerator: clientKey,
    handler: (c) => {
      c.status(429)
      c.header('content-type', PROBLEM_CONTENT_TYPE)
      const seconds = c.res.headers.get('retry-after') ?? String(Math.ceil(windowMs / 1000))
      return c.body(
        JSON.stringify(
          problem(
            'rate-limited',
            `more than ${limit} requests; retry in ${seconds} s`,
            undefined,
            c.req.path,
          ),
        ),
      )
    },
  })
