import type { Stats, StatsBucket } from '@sitrep/domain'
import { type ListQuery, toQueryParams } from './query-string.ts'
import { apiErrorFrom } from './sitrep-api-error.ts'
import type { SitrepHc } from './typed-hc.ts'

/** The list's filters, and the series' bucket; totals have no pages and no order. */
export type StatsQuery = Omit<ListQuery, 'limit' | 'cursor' | 'sort' | 'q'> & {
  bucket?: StatsBucket
}

/**
 * `/v1/stats`: casualty bands by day and region, aid in EUR, talks by status, who speaks, and
 * series per day, week or month (attacks, the air war by weapon class, aid by donor).
 */
export const fetchStats = async (v1: SitrepHc['v1'], query: StatsQuery = {}): Promise<Stats> => {
  const response = await v1.stats.$get({ query: toQueryParams(query) })
  if (response.status !== 200) throw await apiErrorFrom(response)
  return response.json()
}
