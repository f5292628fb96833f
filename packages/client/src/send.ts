import type { ClientOptions } from './create-client.ts'
import { apiErrorFrom } from './sitrep-api-error.ts'

/**
 * A request to a route the typed `hc` tree cannot carry well (streamed bodies, event streams)
 * or does not hold yet: same base URL, key and fetch as `createClient`, same error type.
 */
export const send = async (
  { baseUrl, apiKey, fetch: fetchImpl = fetch }: ClientOptions,
  path: string,
  init: RequestInit = {},
): Promise<Response> => {
  const headers = new Headers(init.headers)
  if (apiKey) headers.set('authorization', `Bearer ${apiKey}`)
  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  const response = await fetchImpl(url, { ...init, headers })
  if (!response.ok) throw await apiErrorFrom(response)
  return response
}
