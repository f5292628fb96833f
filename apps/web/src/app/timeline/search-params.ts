import { RecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The records list's URL (`/timeline`): every filter of the domain's `RecordQuery`, kinds included. */
export const parseRecordsParams = (raw: RawSearchParams) => parseSearchParams(RecordQuery, raw)
