import { type EventMap, MapFilter } from '@sitrep/domain'
import { eventMap } from '../queries/event-map.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'

/** A map of every record a filter matches, counted by the database rather than drawn per row. */
export interface MapStore {
  /**
   * Hexbins of `filter.kind`'s records at their locations (radius by `filter.zoom`), their count
   * per oblast, and how many are known only at country level and so not drawn.
   */
  eventMap(filter: MapFilter): Promise<EventMap>
}

export const createMapStore = ({ db }: StoreContext): MapStore => ({
  eventMap: async (filter) => eventMap(db, validate(MapFilter, filter, 'map filter')),
})
