import type { Brief, RecordKind } from '@sitrep/domain'
import { apiErrorFrom } from './sitrep-api-error.ts'
import type { SitrepHc } from './typed-hc.ts'

/** A period (`from` and `to`) or `since` a revision or instant, with the list's filters. */
export interface BriefQuery {
  from?: string
  to?: string
  since?: string | number
  placeId?: string
  actorId?: string
  kind?: RecordKind[]
}

const params = ({ kind, since, ...rest }: BriefQuery) => ({
  ...rest,
  ...(kind?.length ? { kind: kind.join(',') } : {}),
  ...(since === undefined ? {} : { since: String(since) }),
})

/** `/v1/brief`: the situation brief, every sentence footnoted to its claims. */
export const fetchBrief = async (v1: SitrepHc['v1'], query: BriefQuery): Promise<Brief> => {
  const response = await v1.brief.$get({ query: { ...params(query), format: 'json' } })
  if (response.status !== 200) throw await apiErrorFrom(response)
  // The route answers three content types; with format=json the body is the Brief the API's
  // schema wrote. The client ships without the domain's Zod schemas, so it is typed, not parsed.
  return (await response.json()) as Brief
}

/** The same brief rendered by the API: Markdown with numbered footnotes, or an HTML page. */
export const fetchBriefText = async (
  v1: SitrepHc['v1'],
  query: BriefQuery,
  format: 'md' | 'html',
): Promise<string> => {
  const response = await v1.brief.$get({ query: { ...params(query), format } })
  if (response.status !== 200) throw await apiErrorFrom(response)
  return response.text()
}
