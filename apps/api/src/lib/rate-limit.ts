import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import { addressBucket } from './address-bucket.ts'
import type { AppEnv } from './app-env.ts'
import type { ClientAddress } from './client-address.ts'
import { PROBLEM_CONTENT_TYPE, problem } from './problem.ts'

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  readonly limit: number
  readonly windowMs: number
}

/**
 * Who a request counts against: its API key when it has one (so a newsroom's key is limited as
 * one client wherever it runs), else the address the entry vouches for (an IPv6 client by its /64). Headers alone never
 * pick the bucket: anyone can write them, and a fresh value per request would be a fresh limit.
 * `authenticate` runs first, so a key here is a real one, named by its id rather than its secret.
 */
export const clientKey =
  (clientAddress: ClientAddress | undefined) =>
  (c: Context<AppEnv>): string => {
    const principal = c.var.principal
    if (principal) return `key:${principal.id}`
    const address = clientAddress?.(c)
    return address === undefined ? 'addr:unknown' : `addr:${addressBucket(address)}`
  }

/**
 * Fixed-window limiting with `RateLimit` headers; over the limit → 429 problem with Retry-After.
 * Without `clientAddress` every keyless request shares one bucket.
 */
export const rateLimit = (
  { limit, windowMs }: RateLimitOptions,
  clientAddress?: ClientAddress,
): MiddlewareHandler<AppEnv> =>
  rateLimiter<AppEnv>({
    limit,
    windowMs,
    standardHeaders: 'draft-7',
    keyGenerator: clientKey(clientAddress),
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
