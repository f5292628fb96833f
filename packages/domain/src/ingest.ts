import { z } from 'zod'
import { Actor, ActorKind } from './actor.ts'
import { Draft, MatchSuggestion } from './draft.ts'
import { HeldSource } from './held-source.ts'
import { ActorId, PlaceId, RecordId } from './ids.ts'
import { IsoDate, IsoDateTime } from './iso-date.ts'
import { StoredRecord } from './revision.ts'
import { Source } from './source.ts'

/** A new name's proposed id, or the existing actor or place it is mapped to. */
const ProposedId = z.union([ActorId, PlaceId])

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

/**
 * What the editor does with one draft. A draft without a decision takes its default (see
 * `IngestProposal.defaults`). `new` may retitle the record: its title (and an added actor's
 * display name, see `NameDecision`) is the only free text a publish carries; every other word
 * comes from the article, read again by the API.
 */
export const DraftDecision = z.discriminatedUnion('action', [
  z.strictObject({ draftId: RecordId, action: z.literal('reject') }),
  z.strictObject({
    draftId: RecordId,
    action: z.literal('new'),
    title: z.string().trim().min(1).max(300).optional(),
  }),
  z.strictObject({ draftId: RecordId, action: z.literal('merge'), recordId: RecordId }),
])
export type DraftDecision = z.infer<typeof DraftDecision>

/**
 * What the editor does with a name no dictionary held, keyed by the `proposedId` the drafts
 * carry it under, once for every draft that reads it: `keep` it as a new entry, `map` it to an
 * existing actor or place, or `add` it to the actor dictionary as a new actor of a kind.
 */
export const NameDecision = z.discriminatedUnion('action', [
  z.strictObject({ proposedId: ProposedId, action: z.literal('keep') }),
  z.strictObject({ proposedId: ProposedId, action: z.literal('map'), to: ProposedId }),
  z.strictObject({
    proposedId: ProposedId,
    action: z.literal('add'),
    kind: ActorKind,
    /** The actor's display name; the name as the article spells it when absent. */
    name: z.string().trim().min(1).max(200).optional(),
  }),
])
export type NameDecision = z.infer<typeof NameDecision>

/** What the extractor proposes: the source as it will be stored, drafts, and likely matches. */
export const IngestProposal = z.object({
  source: Source,
  drafts: z.array(Draft),
  matches: z.array(MatchSuggestion),
  /**
   * One per draft: what publishing without a decision for it does — merge into its best match
   * when that scores at or above the default merge threshold, else publish it as new.
   */
  defaults: z.array(DraftDecision),
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
 * The editor's decisions on an article, published as one transaction. It carries the article
 * (as `IngestRequest` does) and decisions only — never drafts: the API reads the text again,
 * so nothing is written that the article does not support.
 */
export const IngestPublish = IngestRequest.extend({
  decisions: z.array(DraftDecision).max(500),
  names: z.array(NameDecision).max(200).optional(),
})
export type IngestPublish = z.infer<typeof IngestPublish>

export const IngestPublished = z.object({
  created: z.array(StoredRecord),
  merged: z.array(StoredRecord),
  /** Actors added to the dictionary by `add` name decisions, as written. */
  actors: z.array(Actor).optional(),
})
export type IngestPublished = z.infer<typeof IngestPublished>
