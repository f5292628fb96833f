import { RecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The disputes page reads the records list's filters: disputes among the records they select. */
export const parseDisputesParams = (raw: RawSearchParams) => parseSearchParams(RecordQuery, raw)
