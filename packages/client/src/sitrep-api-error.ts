import type { Problem } from '@sitrep/domain'
import { isProblem } from './is-problem.ts'

/**
 * An answer the API gave with an error status. `problem` is the RFC 9457 document it sent; a
 * body that is not one (a proxy's HTML page, say) is described by a problem made from the status,
 * so callers always branch on the same shape.
 */
export class SitrepApiError extends Error {
  override name = 'SitrepApiError'
  constructor(
    readonly problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`)
  }

  get status(): number {
    return this.problem.status
  }

  /** The problem code, the last segment of `type` (`/problems/not-found` → `not-found`). */
  get code(): string {
    return this.problem.type.split('/').pop() ?? this.problem.type
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Reads an error response into a `SitrepApiError`, whatever the body holds. */
export const apiErrorFrom = async (response: Response): Promise<SitrepApiError> => {
  const text = await response.text().catch(() => '')
  const body = parseJson(text)
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: 'about:blank',
        title: response.statusText || 'HTTP error',
        status: response.status >= 400 && response.status <= 599 ? response.status : 500,
        ...(text ? { detail: text.slice(0, 500) } : {}),
      }
  return new SitrepApiError(problem, response)
}
