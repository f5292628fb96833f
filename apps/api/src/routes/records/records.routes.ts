import { createRoute, z } from '@hono/zod-openapi'
import {
  KindRecordQuery,
  RecordId,
  type RecordKind,
  RecordMeta,
  recordSchemas,
  SitrepRecord,
} from '@sitrep/domain'
import { requireRole } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'

/** "an aid record", "a talk record". */
const article = (kind: RecordKind) => (/^[aeiou]/.test(kind) ? 'an' : 'a')

/** The URL segment and OpenAPI tag of each kind. */
export const kindPaths = {
  talk: 'talks',
  aid: 'aid',
  attack: 'attacks',
  statement: 'statements',
} as const satisfies { [K in RecordKind]: string }

/** A stored record of one kind: the domain's schema and the store's bookkeeping. */
export const storedOf = <K extends RecordKind>(kind: K) =>
  z.object({ record: recordSchemas[kind], meta: RecordMeta })

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Absent on the last page. */
    nextCursor: z.string().optional(),
  })

export const listRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'get',
    path: '/',
    tags: [kindPaths[kind]],
    summary: `List ${kindPaths[kind]}, filtered and paginated`,
    request: { query: KindRecordQuery },
    responses: {
      200: {
        description: `A page of ${kindPaths[kind]}, each with its claims and their evidence`,
        content: { 'application/json': { schema: pageOf(storedOf(kind)) } },
      },
      ...problemResponses,
    },
  })

export const getRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'get',
    path: '/{id}',
    tags: [kindPaths[kind]],
    summary: `One ${kind} record by id`,
    request: { params: z.object({ id: RecordId }) },
    responses: {
      200: {
        description: `The ${kind} with its claims and their evidence`,
        content: { 'application/json': { schema: storedOf(kind) } },
      },
      ...notFoundResponse,
      ...problemResponses,
    },
  })

/**
 * Write bodies are typed as any record: a route generic in its kind cannot carry a per-kind body
 * type through Hono's inference, so the handler checks the kind and refuses another with 422.
 */
const recordBody = {
  required: true,
  content: { 'application/json': { schema: SitrepRecord } },
} as const
const editorOnly = () => [requireRole('editor')]

/** `If-Match: "<version>"`, the version the client read (its ETag). */
export const IfMatch = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'must be the record version the change is based on, as its ETag: "3"')
    .optional(),
})

export const createRecordRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'post',
    path: '/',
    tags: [kindPaths[kind]],
    summary: `Create ${article(kind)} ${kind} record (editor role); the write lands as revision 1`,
    security: [{ bearer: [] }],
    middleware: editorOnly(),
    request: { body: recordBody },
    responses: {
      201: {
        description: 'Created',
        content: { 'application/json': { schema: storedOf(kind) } },
      },
      ...writeProblemResponses,
      ...problemResponses,
    },
  })

export const updateRecordRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'put',
    path: '/{id}',
    tags: [kindPaths[kind]],
    summary: `Replace ${article(kind)} ${kind} record (editor role), based on the version in If-Match`,
    security: [{ bearer: [] }],
    middleware: editorOnly(),
    request: { params: z.object({ id: RecordId }), headers: IfMatch, body: recordBody },
    responses: {
      200: { description: 'Updated', content: { 'application/json': { schema: storedOf(kind) } } },
      ...notFoundResponse,
      ...writeProblemResponses,
      ...problemResponses,
    },
  })

export const deleteRecordRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'delete',
    path: '/{id}',
    tags: [kindPaths[kind]],
    summary: `Delete ${article(kind)} ${kind} record (editor role): a tombstone and a revision, history kept`,
    security: [{ bearer: [] }],
    middleware: editorOnly(),
    request: { params: z.object({ id: RecordId }), headers: IfMatch },
    responses: {
      204: { description: 'Deleted' },
      ...notFoundResponse,
      ...writeProblemResponses,
      ...problemResponses,
    },
  })
