import { z } from 'zod'
import { ActorId, EvidenceId, SourceId } from './ids.ts'
import { Origin } from './origin.ts'

/** Who stands behind words: a known actor, or someone the source does not name. */
export const Asserter = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('actor'), actorId: ActorId }),
    z.strictObject({
      type: z.literal('unnamed'),
      /** As the source puts it: "an unnamed source", "Ukrainian officials". */
      description: z.string().min(1).max(200),
      /** The side or body the unnamed speaker belongs to, when the source says. */
      affiliationId: ActorId.optional(),
    }),
  ])
  .meta({ id: 'Asserter' })
export type Asserter = z.infer<typeof Asserter>

/**
 * How strong the attribution is, strongest first. It is a property of the wording ("Zelensky
 * said" vs "citing an unnamed source"), not a judgement of the speaker.
 */
export const AttributionKind = z.enum([
  'dataset',
  'named-official',
  'official-body',
  'unnamed-officials',
  'media-report',
  'unnamed-source',
])
export type AttributionKind = z.infer<typeof AttributionKind>

export const Channel = z.enum([
  'video-message',
  'social-media-post',
  'remarks',
  'online-meeting',
  'press-conference',
  'interview',
  'official-statement',
  'news-agency-report',
  'article',
  'dataset',
])
export type Channel = z.infer<typeof Channel>

/**
 * A claim that answers an earlier one: a `correction` revises a figure ("later revised the toll
 * to 5"), a `denial` rejects it ("dismissed the report as fake"). Who corrects or denies is the
 * evidence's own `assertedBy`; the stance only says what it answers, when the text makes it
 * known. It is a competing claim, never an edit of the one it answers: both stay, and
 * disputes.ts shows them side by side.
 */
export const Stance = z.strictObject({
  type: z.enum(['correction', 'denial']),
  /** The claim it answers, an evidence id on the same record, when one can be told. */
  answersClaimId: EvidenceId.optional(),
  /** Whose words it answers: "rejected TASS's report", "the governor later said". */
  answersAsserter: Asserter.optional(),
})
export type Stance = z.infer<typeof Stance>

/** A character range into the source's text, end exclusive. */
export const Span = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.start < s.end, { message: 'end must be after start', path: ['end'] })
export type Span = z.infer<typeof Span>

/**
 * One piece of evidence: a source document, the words in it, and the chain of attribution —
 * the outlet that carried the words (`reportedBy`), the speaker (`assertedBy`) and whom the
 * speaker relied on (`citing`). The value asserted is added per fact (see claim.ts).
 */
export const Evidence = z.strictObject({
  id: EvidenceId,
  sourceId: SourceId,
  span: Span.optional(),
  /** The exact words, so the evidence reads on its own even without the source text. */
  quote: z.string().min(1).max(5000),
  assertedBy: Asserter,
  citing: Asserter.optional(),
  reportedBy: Asserter.optional(),
  attribution: AttributionKind,
  channel: Channel.optional(),
  /** A belligerent's claim stays unverified until someone independent confirms it. */
  verification: z.enum(['unverified', 'confirmed', 'denied']),
  /** Who first reported it; read from the attribution chain when absent (see origin.ts). */
  origin: Origin.optional(),
  /** Set when the words correct or deny an earlier claim. */
  stance: Stance.optional(),
  note: z.string().min(1).max(1000).optional(),
})
export type Evidence = z.infer<typeof Evidence>

export const attributionStrength = (kind: AttributionKind): number =>
  AttributionKind.options.length - AttributionKind.options.indexOf(kind)

/** The actor ids anywhere in an evidence item's attribution chain. */
export const evidenceActorIds = (e: Evidence): ActorId[] =>
  [e.assertedBy, e.citing, e.reportedBy].flatMap((a) => (a?.type === 'actor' ? [a.actorId] : []))

/** A span must point inside the text it claims to quote. */
export const spanWithin = (span: Span, text: string): boolean => span.end <= text.length
