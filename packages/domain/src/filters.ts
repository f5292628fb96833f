import { z } from 'zod'
import { AidCategory, AidStage } from './aid.ts'
import { ActorId, PlaceId, SourceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'
import { RecordKind } from './record.ts'
import { TalkStatus } from './talk.ts'

/**
 * The filters analysts use, shared by the store's queries, the API's query string, the web's URL
 * and the terminal's flags. Dates filter on the record's "date" fact: a record matches when any
 * resolved date claim overlaps from..to.
 */
export const RecordFilter = z
  .strictObject({
    kind: z.array(RecordKind).max(4).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** A place and every place inside it (Kyiv oblast includes the city of Kyiv). */
    placeId: PlaceId.optional(),
    actorId: ActorId.optional(),
    sourceId: SourceId.optional(),
    status: TalkStatus.optional(),
    stage: AidStage.optional(),
    category: AidCategory.optional(),
    /** Full-text query over titles, summaries, quotes and evidence. */
    q: z.string().min(1).max(500).optional(),
    sort: z.enum(['date', '-date']).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'to must not be before from',
    path: ['to'],
  })
export type RecordFilter = z.infer<typeof RecordFilter>

export const MAX_PAGE_SIZE = 500
export const PageRequest = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
  /** Opaque: made by the store, passed back unchanged. */
  cursor: z.string().min(1).max(500).optional(),
})
export type PageRequest = z.infer<typeof PageRequest>
