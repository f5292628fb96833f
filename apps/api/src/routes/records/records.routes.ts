import { createRoute, z } from '@hono/zod-openapi'
import {
  Facets,
  FacetsParam,
  KindRecordQuery,
  ListTotal,
  RecordId,
  RecordKind,
  RecordMeta,
  RecordQuery,
  recordSchemas,
  SitrepRecord,
  StoredRecord,
} from '@sitrep/domain'
import { requireRole } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'

/** The URL segment of each kind's deprecated alias (`/v1/talks`), and its OpenAPI tag. */
export const kindPaths = {
  talk: 'talks',
  aid: 'aid',
  attack: 'attacks',
  statement: 'statements',
} as const satisfies { [K in RecordKind]: string }

/**
 * Which records a set of routes serves: `/v1/records` every kind, a per-kind alias (`/v1/talks`)
 * the one its path names. Both are built by the factories below, so the alias cannot drift from
 * the resource it stands for.
 */
export interface RecordScope {
  /** The kind the path names; absent for `/v1/records`. */
  readonly kind?: RecordKind
  /** The OpenAPI tag, and what the summaries call the list. */
  readonly tag: string
  /** True for the aliases kept for old callers. */
  readonly deprecated: boolean
}

export const everyKind: RecordScope = { tag: 'records', deprecated: false }
export const kindAlias = (kind: RecordKind): RecordScope => ({
  kind,
  tag: kindPaths[kind],
  deprecated: true,
})

/** A stored record of one kind: the domain's schema and the store's bookkeeping. */
export const storedOf = <K extends RecordKind>(kind: K) =>
  z.object({ record: recordSchemas[kind], meta: RecordMeta })

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Absent on the last page. */
    nextCursor: z.string().optional(),
  })

const totalDescription =
  'How many records the filter matches, whatever the page: exact at any size when the filter holds only kinds, dates, a country or first-level division, `attackerId` and `disputed` (counted from a rollup); otherwise exact up to 10,000, beyond that `exact` is false and `value` is 10,000, a lower bound'

/** A page with the count of everything its filter matches. */
export const countedPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({ total: ListTotal.meta({ description: totalDescription }) })

const facetsDescription =
  'With `facets=`: the records the filter matches counted by each named facet, each without its own filter (as Datasette does), so a link adding another value stays meaningful: the top ten values by count, then one `other` entry (value null) summing the rest. Filters of kinds, dates, a country or first-level division, `attackerId` and `disputed` are counted from a rollup, exact at any size; others read at most 10,000 matching records, and past that each count has `exact` false and is a lower bound. The per-kind routes count no `kind` facet.'

/** A counted page that may carry facet counts, when the request asked for them. */
export const facetedPageOf = <T extends z.ZodType>(item: T) =>
  countedPageOf(item).extend({ facets: Facets.optional().meta({ description: facetsDescription }) })

/** `If-Match: "<version>"`, the version the client read (its ETag). */
export const IfMatch = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'must be the record version the change is based on, as its ETag: "3"')
    .optional(),
})

/** `?kind=` on one record: answer 404 unless the record is of this kind. */
export const KindFilter = z.strictObject({ kind: RecordKind.optional() })

export const IdParam = z.object({ id: RecordId })

const itemOf = (scope: RecordScope) => (scope.kind ? storedOf(scope.kind) : StoredRecord)
const what = (scope: RecordScope) => (scope.kind ? `${scope.kind} record` : 'record')
/** "an aid record", "a talk record". */
const aWhat = (scope: RecordScope) => `${/^[aeiou]/.test(what(scope)) ? 'an' : 'a'} ${what(scope)}`
const aliasNote = (scope: RecordScope, path: string) =>
  scope.deprecated ? { deprecated: true, description: `Deprecated: use \`${path}\`.` } : {}
const common = (scope: RecordScope) => ({ tags: [scope.tag] })

/** Write bodies are any record: the handler checks the kind against the path and the stored record. */
const recordBody = {
  required: true,
  content: { 'application/json': { schema: SitrepRecord } },
} as const
const editor = () => ({ security: [{ bearer: [] }], middleware: [requireRole('editor')] })

export const listRoute = (scope: RecordScope) =>
  createRoute({
    method: 'get',
    path: '/',
    ...common(scope),
    ...aliasNote(scope, `/v1/records?kind=${scope.kind}`),
    summary: `List ${scope.tag}, filtered, sorted and cursor-paginated`,
    request: {
      query: (scope.kind ? KindRecordQuery : RecordQuery).safeExtend(FacetsParam.shape),
    },
    responses: {
      200: {
        description: `A page of ${scope.tag}, each with its claims and their evidence: newest first (sort=date: oldest first), records of no known date last either way`,
        content: { 'application/json': { schema: facetedPageOf(itemOf(scope)) } },
      },
      ...problemResponses,
    },
  })

export const getRoute = (scope: RecordScope) =>
  createRoute({
    method: 'get',
    path: '/{id}',
    ...common(scope),
    ...aliasNote(scope, `/v1/records/{id}?kind=${scope.kind}`),
    summary: `One ${what(scope)} by id; its ETag is its version`,
    request: { params: IdParam, query: KindFilter },
    responses: {
      200: {
        description: 'The record with its claims and their evidence',
        content: { 'application/json': { schema: itemOf(scope) } },
      },
      ...notFoundResponse,
      ...problemResponses,
    },
  })

export const createRecordRoute = (scope: RecordScope) =>
  createRoute({
    method: 'post',
    path: '/',
    ...common(scope),
    ...aliasNote(scope, '/v1/records'),
    ...editor(),
    summary: `Create ${aWhat(scope)} (editor role); the write lands as revision 1`,
    request: { body: recordBody },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: itemOf(scope) } } },
      ...writeProblemResponses,
      ...problemResponses,
    },
  })

export const updateRecordRoute = (scope: RecordScope) =>
  createRoute({
    method: 'put',
    path: '/{id}',
    ...common(scope),
    ...aliasNote(scope, '/v1/records/{id}'),
    ...editor(),
    summary: `Replace ${aWhat(scope)} (editor role), based on the version in If-Match; its kind stays`,
    request: { params: IdParam, headers: IfMatch, body: recordBody },
    responses: {
      200: { description: 'Updated', content: { 'application/json': { schema: itemOf(scope) } } },
      ...notFoundResponse,
      ...writeProblemResponses,
      ...problemResponses,
    },
  })

export const deleteRecordRoute = (scope: RecordScope) =>
  createRoute({
    method: 'delete',
    path: '/{id}',
    ...common(scope),
    ...aliasNote(scope, '/v1/records/{id}'),
    ...editor(),
    summary: `Delete ${aWhat(scope)} (editor role): a tombstone and a revision, history kept`,
    request: { params: IdParam, query: KindFilter, headers: IfMatch },
    responses: {
      204: { description: 'Deleted' },
      ...notFoundResponse,
      ...writeProblemResponses,
      ...problemResponses,
    },
  })
