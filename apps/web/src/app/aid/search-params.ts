import { KindRecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The aid list's URL: the domain's per-kind query (stage, category, dates, actor, text). */
export const parseAidParams = (raw: RawSearchParams) => parseSearchParams(KindRecordQuery, raw)
