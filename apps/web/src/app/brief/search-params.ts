import { addDays, RecordQuery } from '@sitrep/domain'
import { z } from 'zod'
import { parseSearchParams, type RawSearchParams } from '../../lib/query-params.ts'

/** The brief's period and the list's place, actor and kind filters, as the URL holds them. */
const BriefParams = z
  .strictObject({
    from: RecordQuery.shape.from,
    to: RecordQuery.shape.to,
    placeId: RecordQuery.shape.placeId,
    actorId: RecordQuery.shape.actorId,
    kind: RecordQuery.shape.kind,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'to must not be before from',
    path: ['to'],
  })
export type BriefParams = z.output<typeof BriefParams>

/** The week ending on `today` when the URL names no period: the usual morning read. */
export const defaultPeriod = (today: string) => ({ from: addDays(today, -6), to: today })

export const parseBriefParams = (raw: RawSearchParams) => parseSearchParams(BriefParams, raw)
