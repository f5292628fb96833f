import { RecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../lib/query-params.ts'

/**
 * The overview's URL, read with the records list's `RecordQuery` (so a `/timeline` link's filters are
 * understood); the counters and charts use its period, `from` and `to`.
 */
export const parseOverviewParams = (raw: RawSearchParams) => parseSearchParams(RecordQuery, raw)
