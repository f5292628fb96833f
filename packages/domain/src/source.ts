import { z } from 'zod'
import { ActorId, SourceId } from './ids.ts'
import { IsoDate, IsoDateTime } from './iso-date.ts'

export const SourceKind = z.enum([
  'article',
  'social-post',
  'official-statement',
  'dataset-row',
  'report',
])

/** A document sitrep read: the thing every piece of evidence points into. */
export const Source = z
  .strictObject({
    id: SourceId,
    kind: SourceKind,
    title: z.string().min(1).max(500),
    /** The outlet that published it, when it is in the actor dictionary (TASS, Interfax-Ukraine). */
    outletId: ActorId.optional(),
    /** The outlet's name as printed, when it is not (or not yet) an actor. */
    outletName: z.string().min(1).max(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** A date or an instant; relative phrases in the text are resolved against it. */
    publishedAt: z.union([IsoDate, IsoDateTime]).optional(),
    /** BCP 47 language tag. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as en'),
    /** The full text, when sitrep holds it, so that evidence spans can be shown in context. */
    text: z.string().max(1_000_000).optional(),
    /** `url` as sitrep compares addresses (canonical-url.ts): tracking and AMP variants removed. */
    canonicalUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .optional(),
    /**
     * The source this one copies (a syndicated or lightly edited text of it): its claims repeat the
     * original's words and are no independent corroboration of them.
     */
    copyOf: SourceId.optional(),
  })
  .meta({ id: 'Source' })
export type Source = z.infer<typeof Source>

/** The calendar day a source was published, the anchor for "on Monday". */
export const publicationDay = (source: Pick<Source, 'publishedAt'>): IsoDate | undefined =>
  source.publishedAt?.slice(0, 10)
