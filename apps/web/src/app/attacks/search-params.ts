import { KindRecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The attacks page's URL: the domain's per-kind query (dates, place — a region includes its cities —, text). */
export const parseAttacksParams = (raw: RawSearchParams) => parseSearchParams(KindRecordQuery, raw)
