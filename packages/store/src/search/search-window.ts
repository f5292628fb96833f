import type { RecordFilter } from '@sitrep/domain'
import type { DateWindow } from '../queries/record-filter.ts'
import type { SearchWindow } from './search-index.ts'

/**
 * The sort dates a filter's records can have, for `SearchIndex.matches`: from the date window's
 * earliest start (a record starting before `from` may still overlap it) to `to`.
 */
export const searchWindow = (filter: RecordFilter, window: DateWindow): SearchWindow => ({
  ...(window.earliestStart && { from: window.earliestStart }),
  ...(filter.to && { to: filter.to }),
})
