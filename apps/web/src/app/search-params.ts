import { RecordQuery, StatsBucket } from '@sitrep/domain'
import { z } from 'zod'
import { parseSearchParams, type RawSearchParams } from '../lib/query-params.ts'

/** The charts' own parameter: how their series are summed, by default chosen from the range. */
const OverviewChartQuery = z.object({ bucket: StatsBucket.optional() })

/**
 * The overview's URL, read with the records list's `RecordQuery` (so a `/timeline` link's filters are
 * understood) plus the charts' `bucket`; the counters and charts use its period, `from` and `to`.
 */
export const parseOverviewParams = (raw: RawSearchParams) => {
  const { bucket, ...records } = raw
  return {
    records: parseSearchParams(RecordQuery, records),
    charts: parseSearchParams(OverviewChartQuery, { bucket }),
  }
}
