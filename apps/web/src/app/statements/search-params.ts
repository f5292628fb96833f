import { KindRecordQuery } from '@sitrep/domain'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The statements list's URL: the domain's per-kind query (speaker or any actor, dates, text). */
export const parseStatementsParams = (raw: RawSearchParams) =>
  parseSearchParams(KindRecordQuery, raw)
