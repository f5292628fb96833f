import { type FieldIssue, type ProblemCode, problemStatuses } from '@sitrep/domain'

/** An error the API answers with a problem document; thrown by handlers and middleware. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly issues?: readonly FieldIssue[],
    /** RFC 9457 extension members: the limit crossed, the line at fault, what was committed. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(message)
  }

  get status() {
    return problemStatuses[this.code]
  }
}
