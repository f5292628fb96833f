import { z } from 'zod'

/**
 * Every kind of error the API answers with, and its HTTP status. The `type` URI of an RFC 9457
 * problem is `/problems/<code>`, so a client can branch on it without parsing prose.
 */
export const problemStatuses = {
  'bad-request': 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  /** The request took too long to arrive (Node's request timeout). */
  'request-timeout': 408,
  'stale-version': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'precondition-required': 428,
  'rate-limited': 429,
  /** The request line and headers are over the server's limit (Node's 16 kB). */
  'headers-too-large': 431,
  internal: 500,
  /** A query past its time budget, or too many waiting: try again after Retry-After. */
  overloaded: 503,
} as const

export type ProblemCode = keyof typeof problemStatuses
export const problemType = (code: ProblemCode) => `/problems/${code}`

/** An RFC 9457 problem document as sitrep sends it. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    /** For validation problems: each field and what is wrong with it. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>
