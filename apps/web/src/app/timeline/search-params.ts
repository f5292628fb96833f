import { RecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The timeline's URL: every filter of the domain's `RecordQuery`, kinds included. */
export const parseTimelineParams = (raw: RawSearchParams) => parseSearchParams(RecordQuery, raw)
