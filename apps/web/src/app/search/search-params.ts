import { RecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** Search reads the records list's query; without `q` the page shows only the form. */
export const parseSearchPageParams = (raw: RawSearchParams) => parseSearchParams(RecordQuery, raw)
