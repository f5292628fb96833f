import { redirect } from 'next/navigation'
import { flattenSearchParams, type RawSearchParams } from './query-params.ts'
import { jumpTarget } from './view-urls.ts'

/**
 * A list page's URL parameters; a `?month=` from the jump form is answered with a redirect to the
 * same view over that month's dates, so the URL a reader shares names the range itself.
 */
export const listParams = (path: string, raw: RawSearchParams): Record<string, string> => {
  const params = flattenSearchParams(raw)
  const target = jumpTarget(path, params)
  if (target !== undefined) redirect(target)
  return params
}
