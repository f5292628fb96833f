import { z } from 'zod'
import { Span } from '../evidence.ts'
import { ActorId, EvidenceId, PlaceId, RecordId, SourceId } from '../ids.ts'
import { IsoDate } from '../iso-date.ts'
import { RecordKind } from '../record.ts'

/**
 * Where a piece of a sentence comes from: the claims of one record in one source, the character
 * span of the words and the words themselves, and enough of the source to footnote it (URL,
 * outlet, date) without another lookup.
 */
export const BriefCitation = z
  .object({
    recordId: RecordId,
    claimIds: z.array(EvidenceId).min(1),
    sourceId: SourceId,
    span: Span.optional(),
    /** The source's words, verbatim: what a footnote quotes. */
    quote: z.string(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    sourceTitle: z.string().optional(),
  })
  .meta({ id: 'BriefCitation' })
export type BriefCitation = z.infer<typeof BriefCitation>

/** A run of a sentence and the citations that stand behind exactly those words. */
export const BriefPart = z.object({ text: z.string(), citations: z.array(BriefCitation) })
export type BriefPart = z.infer<typeof BriefPart>

/**
 * A number no single claim states: a sum over many records' claims, read from the store's
 * figures (attacks in the period, drones launched). `value` is printed in the sentence as is.
 */
export const BriefFigure = z.object({
  value: z.number().nonnegative(),
  /** What was summed: "attacks", "killed (floor)", "launched". */
  of: z.string(),
})
export type BriefFigure = z.infer<typeof BriefFigure>

export const BriefSentence = z
  .object({
    /** The parts' texts joined: the sentence as read. */
    text: z.string(),
    parts: z.array(BriefPart).min(1),
    figures: z.array(BriefFigure),
  })
  .meta({ id: 'BriefSentence' })
export type BriefSentence = z.infer<typeof BriefSentence>

export const BriefSectionId = z.enum([
  'talks',
  'aid',
  'attacks',
  'statements',
  'disputes',
  'changes',
])
export type BriefSectionId = z.infer<typeof BriefSectionId>

export const BriefSection = z
  .object({
    id: BriefSectionId,
    title: z.string(),
    sentences: z.array(BriefSentence),
    /** Records (or disputed facts) of this section the brief leaves out for length. */
    omitted: z.number().int().nonnegative(),
    /** False when `omitted` is a lower bound: counting every one would cost more than the brief. */
    omittedExact: z.boolean(),
  })
  .meta({ id: 'BriefSection' })
export type BriefSection = z.infer<typeof BriefSection>

/** What a brief covers: a period, or everything written since a point in the change feed. */
export const BriefScope = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The change-feed revision the "since" brief starts after. */
  sinceRevision: z.number().int().nonnegative().optional(),
  placeId: PlaceId.optional(),
  actorId: ActorId.optional(),
  kind: z.array(RecordKind).optional(),
})
export type BriefScope = z.infer<typeof BriefScope>

export const Brief = z
  .object({
    scope: BriefScope,
    /**
     * The newest change-feed revision the brief was built from: pass it as `since` tomorrow
     * for what changed after it. Same store, same query, same brief.
     */
    revision: z.number().int().nonnegative(),
    sections: z.array(BriefSection),
  })
  .meta({ id: 'Brief' })
export type Brief = z.infer<typeof Brief>

/** A sentence from its parts; the text is always their concatenation. */
export const sentence = (
  parts: readonly BriefPart[],
  figures: BriefFigure[] = [],
): BriefSentence => {
  const kept = parts.filter((p) => p.text.length > 0)
  return { text: kept.map((p) => p.text).join(''), parts: kept, figures }
}

/** Plain words with nothing to cite: connectives and labels. */
export const words = (text: string): BriefPart => ({ text, citations: [] })
