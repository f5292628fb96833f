import { type ClientResponse, parseResponse } from 'hono/client'
import { apiErrorFrom } from './sitrep-api-error.ts'

/**
 * The body of a successful answer, typed from the route; an error status becomes a thrown
 * `SitrepApiError` carrying the problem document, rather than Hono's untyped `DetailedError`.
 */
export const ok = async <R extends ClientResponse<unknown>>(pending: Promise<R>) => {
  const response = await pending
  if (!response.ok) throw await apiErrorFrom(response)
  return parseResponse(response)
}
