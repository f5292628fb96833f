import { z } from 'zod'
import { AidCategory, AidStage } from './aid.ts'
import { WeaponType } from './attack.ts'
import { FacetName } from './facets.ts'
import { ActorId, PlaceId, SourceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'
import { RecordKind } from './record.ts'
import { TalkStatus } from './talk.ts'

/**
 * The filters analysts use, shared by the store's queries, the API's query string, the web's URL
 * and the terminal's flags. Dates filter on the record's "date" fact: a record matches when any
 * resolved date claim overlaps from..to.
 */
const filterShape = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A place and every place inside it (Kyiv oblast includes the city of Kyiv). */
  placeId: PlaceId.describe(
    'A place id (`ua-kharkiv`), or in the API its name or an alias in any case or spelling (`kharkiv`, `Kharkov`): resolved through the gazetteer, else 400 with up to five suggestions',
  ).optional(),
  actorId: ActorId.describe(
    'An actor id (`zelensky`), or in the API a name or alias (`Zelenskyy`): resolved through the actor dictionary, else 400 with up to five suggestions',
  ).optional(),
  sourceId: SourceId.optional(),
  status: TalkStatus.optional(),
  stage: AidStage.optional(),
  category: AidCategory.optional(),
  /** An attack's attacker (not any actor the record names: that is `actorId`). */
  attackerId: ActorId.optional(),
  /** An attack that used a weapon of this class. */
  weapon: WeaponType.optional(),
  /** Records with evidence from this dataset or outlet (an actor id, or the name a source gives). */
  dataset: z.string().min(1).max(200).optional(),
  /** Records with (true) or without (false) a fact their sources disagree on. */
  disputed: z.boolean().optional(),
  /** Full-text query over titles, summaries, quotes and evidence. */
  q: z.string().min(1).max(500).optional(),
  sort: z.enum(['date', '-date']).optional(),
}

const fromNotAfterTo = <T extends { from?: string | undefined; to?: string | undefined }>(f: T) =>
  !f.from || !f.to || f.from <= f.to
const fromNotAfterToIssue = { message: 'to must not be before from', path: ['to'] }

export const RecordFilter = z
  .strictObject({ ...filterShape, kind: z.array(RecordKind).max(4).optional() })
  .refine(fromNotAfterTo, fromNotAfterToIssue)
export type RecordFilter = z.infer<typeof RecordFilter>

export const MAX_PAGE_SIZE = 500
export const PageRequest = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
  /** Opaque: made by the store, passed back unchanged. */
  cursor: z.string().min(1).max(500).optional(),
})
export type PageRequest = z.infer<typeof PageRequest>

/**
 * How many items a list's filter matches, beside its page. `exact` is false when counting stopped
 * at the store's cap: `value` is then a lower bound ("10,000+"), which keeps a total cheap on a
 * store of millions.
 */
export const ListTotal = z.object({
  value: z.number().int().min(0),
  exact: z.boolean(),
})
export type ListTotal = z.infer<typeof ListTotal>

/** Upper bound of ids and words in a URL parameter list: more is an abuse, not a query. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .max(200)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(item).max(max))

/** Filters whose URL form is text: `disputed=true` or `false` (also 1/0, yes/no). */
const urlFilterShape = { disputed: z.stringbool().optional() }

/**
 * The filters and paging as they arrive in a URL (`?kind=talk,aid&from=2025-07-01&limit=50`):
 * strings in, typed filter out. The API's query parameters and the web's search params both
 * parse with this one schema; unknown parameters are refused.
 */
const pageShape = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: PageRequest.shape.cursor,
}
export const RecordQuery = z
  .strictObject({
    ...filterShape,
    ...urlFilterShape,
    kind: commaList(RecordKind, 4).optional(),
    ...pageShape,
  })
  .refine(fromNotAfterTo, fromNotAfterToIssue)
export type RecordQuery = z.infer<typeof RecordQuery>

/** The same, where the path already names the kind (`/v1/talks`). */
export const KindRecordQuery = z
  .strictObject({ ...filterShape, ...urlFilterShape, ...pageShape })
  .refine(fromNotAfterTo, fromNotAfterToIssue)

/** The sources list as it arrives in a URL, paged in id order; unknown parameters are refused. */
export const SourceQuery = z.strictObject(pageShape)
export type SourceQuery = z.infer<typeof SourceQuery>

/** The facets a list asks for (`?facets=kind,oblast`): counted beside the page, over its filter. */
export const FacetsParam = z.object({
  facets: commaList(FacetName, FacetName.options.length).optional(),
})

/** Splits a parsed query into the store's filter and page. */
export const splitRecordQuery = ({
  limit,
  cursor,
  ...filter
}: z.output<typeof RecordQuery> | z.output<typeof KindRecordQuery>) => ({
  filter: filter satisfies RecordFilter,
  page: { limit, ...(cursor ? { cursor } : {}) } satisfies PageRequest,
})
