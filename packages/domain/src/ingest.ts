import { z } from 'zod'
import { Actor } from './actor.ts'
import { Draft, MatchSuggestion } from './draft.ts'
import { HeldSource } from './held-source.ts'
import { RecordId } from './ids.ts'
import { IsoDate, IsoDateTime } from './iso-date.ts'
import { StoredRecord } from './revision.ts'
import { Source } from './source.ts'

/** An article to read: its text and what is known of where it came from. */
export const IngestRequest = z.strictObject({
  text: z.string().min(1).max(1_000_000),
  /** Relative dates ("on Wednesday") are resolved against this; without it they stay unresolved. */
  publishedAt: z.union([IsoDate, IsoDateTime]).optional(),
  source: Source.pick({
    title: true,
    url: true,
    outletName: true,
    outletId: true,
    language: true,
  }).partial({
    language: true,
  }),
})
export type IngestRequest = z.infer<typeof IngestRequest>

/** What the extractor proposes: the source as it will be stored, drafts, and likely matches. */
export const IngestProposal = z.object({
  source: Source,
  drafts: z.array(Draft),
  matches: z.array(MatchSuggestion),
  /**
   * Present when sitrep already holds this article. By `text`, or by `url` with the same words
   * (or none held), `source.id` is the held source's, so republished evidence matches what its
   * records hold; a `near-duplicate`, or revised words at a held `url`, keeps a new id and names
   * the held source in `source.copyOf`, so the held text is never overwritten.
   */
  held: HeldSource.optional(),
})
export type IngestProposal = z.infer<typeof IngestProposal>

/**
 * The editor's decision: which drafts to publish, and which of them instead add their evidence
 * to a record sitrep already holds (`merges`). Published as one transaction.
 */
export const IngestPublish = z.strictObject({
  source: Source,
  drafts: z.array(Draft).max(500),
  merges: z.array(z.strictObject({ draftId: RecordId, recordId: RecordId })).max(500),
  /**
   * Names the dictionary lacked that the editor adds to it as new actors, each named by a
   * published draft; written with the records, by the same editor.
   */
  newActors: z.array(Actor).max(100).optional(),
})
export type IngestPublish = z.infer<typeof IngestPublish>

export const IngestPublished = z.object({
  created: z.array(StoredRecord),
  merged: z.array(StoredRecord),
})
export type IngestPublished = z.infer<typeof IngestPublished>
