import {
  type FieldIssue,
  type Problem,
  type ProblemCode,
  problemStatuses,
  problemType,
} from '@sitrep/domain'
import {
  Conflict,
  NotFound,
  Overloaded,
  StaleVersion,
  ValidationFailed,
  WriteRaced,
} from '@sitrep/store'
import { HTTPException } from 'hono/http-exception'
import { ApiError } from './api-error.ts'

const titles: { [C in ProblemCode]: string } = {
  'bad-request': 'Bad request',
  validation: 'Invalid request',
  unauthorized: 'Authentication required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict',
  gone: 'Gone',
  'request-timeout': 'Request timeout',
  'stale-version': 'Stale version',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  unprocessable: 'Unprocessable content',
  'precondition-required': 'Precondition required',
  'rate-limited': 'Too many requests',
  'headers-too-large': 'Request header fields too large',
  internal: 'Internal error',
  overloaded: 'Service overloaded',
}

export const problem = (
  code: ProblemCode,
  detail: string,
  issues?: readonly FieldIssue[],
  instance?: string,
): Problem => ({
  type: problemType(code),
  title: titles[code],
  status: problemStatuses[code],
  detail,
  ...(instance ? { instance } : {}),
  ...(issues?.length ? { issues: [...issues] } : {}),
})

/** A problem document with any extension members (RFC 9457 §3.2) it carries. */
export type ProblemBody = Problem & Readonly<Record<string, unknown>>

/**
 * The one mapping from thrown errors to problems. Unknown errors become a bare 500: their
 * message may hold SQL or paths, so it is logged, never sent.
 */
export const problemFor = (error: unknown, instance: string): ProblemBody => {
  if (error instanceof ApiError)
    return {
      ...problem(error.code, error.message, error.issues, instance),
      ...error.extensions,
    }
  if (error instanceof HTTPException) {
    // Hono's own refusals: malformed JSON (400), a body over the limit (413), a body of a type
    // the route does not declare (415).
    const code =
      error.status === 413
        ? 'payload-too-large'
        : error.status === 415
          ? 'unsupported-media-type'
          : error.status === 401
            ? 'unauthorized'
            : 'bad-request'
    return problem(code, error.message || titles[code], undefined, instance)
  }
  if (error instanceof NotFound) return problem('not-found', error.message, undefined, instance)
  if (error instanceof Overloaded) return problem('overloaded', error.message, undefined, instance)
  if (error instanceof Conflict || error instanceof WriteRaced)
    return problem('conflict', error.message, undefined, instance)
  if (error instanceof StaleVersion)
    return problem('stale-version', error.message, undefined, instance)
  if (error instanceof ValidationFailed)
    // The summary names what was refused (a record, a cursor, a filter); the issues say why.
    return problem('unprocessable', error.summary, error.issues, instance)
  return problem('internal', 'the server could not answer this request', undefined, instance)
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Seconds a client should wait before trying again, for the problems that have one. */
export const retryAfterFor = (error: unknown): number | undefined =>
  error instanceof Overloaded ? error.retryAfterSeconds : undefined
