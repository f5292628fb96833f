import { SitrepApiError } from '@sitrep/client'
import { api } from './api.ts'

/** The detail routes and how to ask the API whether their id exists. */
const lookups: readonly [RegExp, (id: string) => Promise<unknown>][] = [
  // A deleted record keeps its page (shown as it was), so its history is what says it exists.
  [/^\/records\/([^/]+)$/, (id) => api.records.history(id)],
  [/^\/talks\/([^/]+)$/, (id) => api.talks.get(id)],
  [/^\/sources\/([^/]+)$/, (id) => api.sources.get(id)],
]

/**
 * True when a detail page's id is one the API answers 404 for. The pages stream (the root
 * loading.tsx flushes a 200 shell first), so their own `notFound()` comes too late for the
 * status; asking before rendering costs one more API request per detail page. Any other failure
 * is left to the page and its error.tsx.
 */
export const isMissingRecord = async (pathname: string): Promise<boolean> => {
  for (const [pattern, lookup] of lookups) {
    const encoded = pattern.exec(pathname)?.[1]
    if (encoded === undefined) continue
    try {
      await lookup(decodeURIComponent(encoded))
      return false
    } catch (error) {
      return error instanceof SitrepApiError && error.status === 404
    }
  }
  return false
}
