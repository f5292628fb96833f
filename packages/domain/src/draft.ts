import { z } from 'zod'
import { Span } from './evidence.ts'
import { ActorId, PlaceId, RecordId } from './ids.ts'
import { SitrepRecord } from './record.ts'

/**
 * A name the extractor read but the dictionaries do not hold. The draft uses `proposedId` in its
 * place so that it is a valid record; the editor confirms the new entry or maps it to an
 * existing one. Unknown names are flagged, never dropped.
 */
export const NewName = z.strictObject({
  type: z.enum(['actor', 'place']),
  name: z.string().min(1).max(200),
  proposedId: z.union([ActorId, PlaceId]),
  span: Span,
})
export type NewName = z.infer<typeof NewName>

/** A record proposed from an article, before an editor accepts it. */
export const Draft = z.strictObject({
  record: SitrepRecord,
  newNames: z.array(NewName).max(200),
})
export type Draft = z.infer<typeof Draft>

/**
 * A draft that looks like a record sitrep already holds: publishing it should add its evidence
 * to that record rather than create a duplicate. `reasons` let the editor judge and override.
 */
export const MatchSuggestion = z.strictObject({
  draftId: RecordId,
  recordId: RecordId,
  /** 0..1; above the caller's threshold the draft is proposed as new evidence on the record. */
  score: z.number().min(0).max(1),
  reasons: z.array(z.string().min(1).max(300)).min(1).max(20),
})
export type MatchSuggestion = z.infer<typeof MatchSuggestion>
