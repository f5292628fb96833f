import { KindRecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The talks list's URL: the domain's per-kind query (status, dates, place, actor, text). */
export const parseTalksParams = (raw: RawSearchParams) => parseSearchParams(KindRecordQuery, raw)
