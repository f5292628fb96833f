import type { EventMap, MapQuery } from '@sitrep/domain'
import { apiErrorFrom } from './sitrep-api-error.ts'
import type { SitrepHc } from './typed-hc.ts'

/** The map's filters as a caller writes them: every field optional (kind attack, zoom 1). */
export type EventMapQuery = Partial<MapQuery>

/** `/v1/map`: every matching attack or talk in hexbins, per-oblast counts, the unplaced count. */
export const fetchEventMap = async (
  v1: SitrepHc['v1'],
  { zoom, ...query }: EventMapQuery = {},
): Promise<EventMap> => {
  const response = await v1.map.$get({
    query: { ...query, ...(zoom === undefined ? {} : { zoom: String(zoom) }) },
  })
  if (response.status !== 200) throw await apiErrorFrom(response)
  return response.json()
}
