import { SitrepApiError } from '@sitrep/client'
import type { FieldIssue } from '@sitrep/domain'
import type { ParsedQuery } from './query-params.ts'

/** A list page's URL read and its page fetched, or what in the URL could not be used. */
export interface Listed<Q, P> {
  /** The filters to show in the form: the URL's when it could be read. */
  readonly values: Q | Record<string, never>
  readonly page?: P
  readonly issues?: readonly FieldIssue[]
}

/**
 * Fetches the page a list URL asks for. A filter the page cannot parse, and a cursor the API
 * refuses (edited by hand, cut short when copied, or issued for other filters), both come back
 * as issues the page shows beside its form, rather than as the route's error page.
 */
export const listedPage = async <Q, P>(
  parsed: ParsedQuery<Q>,
  list: (query: Q) => Promise<P> | undefined,
): Promise<Listed<Q, P>> => {
  if (!parsed.ok) return { values: {}, issues: parsed.issues }
  try {
    const page = await list(parsed.query)
    return page === undefined ? { values: parsed.query } : { values: parsed.query, page }
  } catch (error) {
    const issues =
      error instanceof SitrepApiError && error.status === 422 ? error.problem.issues : []
    if (issues?.length && issues.every((i) => i.path === 'cursor'))
      return { values: parsed.query, issues }
    throw error
  }
}
